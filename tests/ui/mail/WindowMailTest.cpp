// The mail journey in the whole window, against a real SMTP server on loopback (aiosmtpd):
// Send on a posted invoice, the outbox page, the invoice's history and the list's sent filter;
// bulk send from the invoice list; a revoked OAuth sign-in said on the Outbox and the dashboard,
// also when the window opens on a file where it was recorded by an earlier run.
#include "../UiTestSupport.h"

#include "InvoiceListModel.h"
#include "InvoiceListWidget.h"
#include "InvoicesPage.h"
#include "MailComposer.h"
#include "MailSettingsService.h"
#include "MailSignInState.h"
#include "MailTestSupport.h"
#include "OAuthTestServer.h"
#include "OutboxPage.h"
#include "PostedDocumentWidget.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"
#include "mail/BulkSendDialog.h"
#include "mail/MailSession.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxWidget.h"
#include "mail/SendDocumentDialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

namespace {
void useServer(UiFixture &ui, const SmtpTestServer &server)
{
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSettings::Security::None;
    s.fromAddress = QStringLiteral("billing@climatec.example");
    s.timeoutSeconds = 20;
    REQUIRE(MailSettingsService(ui.ledger()->context(), ui.ledger()->audit()).save(s).ok());
}

QStringList historyActions(UiFixture &ui)
{
    QStringList actions;
    auto *view = ui.find<QTableView>("historyTable");
    for (int row = 0; row < view->model()->rowCount(); ++row)
        actions << view->model()->index(row, 2).data().toString();
    return actions;
}
} // namespace

TEST_CASE("Send on a posted invoice delivers it with its PDF; the outbox, history and sent filter show it")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    UiFixture ui;
    useServer(ui, server);
    const QString number = ui.ledger().postNew(QStringLiteral("250"));
    const qint64 invoice = ui.ledger()->context().documents.idByNumber(number).value();
    ui.session().changed();
    ui.window().navigator().openDocument(invoice);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    REQUIRE(invoices->postedView()->isVisible());

    SendDocumentDialog *dialog = invoices->postedView()->send();
    REQUIRE(dialog != nullptr);
    CHECK(ui.find<QComboBox>("sendTo", dialog)->currentText().contains(QStringLiteral("@")));
    ui.find<QComboBox>("sendTo", dialog)->setEditText(QStringLiteral("Compta <compta@client.example>"));
    dialog->accept();
    REQUIRE(UiFixture::closed(dialog));

    // The sender in the window delivers it to the server without blocking the window.
    REQUIRE(QTest::qWaitFor([&] { return server.messages().size() == 1; }, 20000));
    const QJsonObject envelope = server.envelope(0);
    CHECK(envelope.value(QStringLiteral("rcpt_tos")).toArray().first().toString() == QStringLiteral("compta@client.example"));
    const QByteArray data = server.messageData(0);
    CHECK(data.contains(number.toUtf8() + ".pdf"));
    CHECK(data.contains("Content-Type: application/pdf"));

    ui.window().showPage(PageId::Outbox);
    auto *outbox = static_cast<OutboxPage *>(ui.window().page(PageId::Outbox))->outbox();
    REQUIRE(QTest::qWaitFor([&] {
        return outbox->model()->rowCount() == 1
            && outbox->model()->index(0, OutboxModel::Status).data().toString() == QStringLiteral("Sent");
    }, 20000));
    CHECK(outbox->model()->index(0, OutboxModel::Document).data().toString() == number);

    ui.window().navigator().openDocument(invoice);
    ui.find<QTabWidget>("postedTabs")->setCurrentIndex(3);
    const QStringList actions = historyActions(ui);
    CHECK(actions.contains(QStringLiteral("Queued for sending")));
    CHECK(actions.contains(QStringLiteral("Sent by email")));
    // The header says when and to whom; the history reads as sentences, not JSON.
    CHECK(ui.find<QLabel>("postedDetails")->text().contains(QStringLiteral("Sent by email on")));
    CHECK(ui.find<QLabel>("postedDetails")->text().contains(QStringLiteral("compta@client.example")));
    QAbstractItemModel *history = ui.find<QTableView>("historyTable")->model();
    QStringList details;
    for (int row = 0; row < history->rowCount(); ++row)
        details << history->index(row, 3).data().toString();
    INFO(details.join(QLatin1Char('\n')).toStdString());
    // Queued and sent: to whom, what, with which file.
    CHECK(details.filter(QStringLiteral("To Compta <compta@client.example>: “")).size() == 2);
    CHECK(details.filter(QStringLiteral(", with %1.pdf").arg(number)).size() == 1);
    CHECK(details.filter(QStringLiteral("%1 for %2").arg(number, money(30000))).size() == 1);
    for (const QString &detail : details) {
        CHECK_FALSE(detail.contains(QLatin1Char('{')));
        CHECK_FALSE(detail.contains(QStringLiteral("sha256")));
    }

    invoices->showList();
    auto *sent = ui.find<QComboBox>("sentFilter");
    sent->setCurrentIndex(sent->findData(1));
    ui.waitForReads();
    REQUIRE(invoices->list()->model()->rowCount() == 1);
    CHECK(invoices->list()->model()->summaryAt(0)->number == number);
}

TEST_CASE("bulk send from the invoice list: each selected invoice to its customer, drafts left out")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    UiFixture ui;
    useServer(ui, server);
    ui.ledger().postNew(QStringLiteral("100"));
    ui.ledger().postNew(QStringLiteral("200"));
    ui.ledger().draftWith({{QStringLiteral("Draft work"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().showPage(PageId::Invoices);
    ui.waitForReads();
    auto *list = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices))->list();
    REQUIRE(list->model()->rowCount() == 3);

    // Nothing selected: a message, no dialog.
    list->view()->clearSelection();
    CHECK(list->sendSelection() == nullptr);

    list->view()->selectAll();
    CHECK(list->selectedPostedIds().size() == 2); // the draft is not sent
    BulkSendDialog *dialog = list->sendSelection();
    REQUIRE(dialog != nullptr);
    dialog->start();
    REQUIRE(QTest::qWaitFor([&] { return dialog->isDone(); }, 20000));
    CHECK(dialog->queuedMessageIds().size() == 2);
    CHECK(dialog->refusals().isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return server.messages().size() == 2; }, 20000));
    dialog->close();
}

TEST_CASE("bulk send from a CSV list: listed addresses used, unknown numbers reported, cancel stops the rest")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    UiFixture ui;
    useServer(ui, server);
    const QString first = ui.ledger().postNew(QStringLiteral("100"));
    const QString second = ui.ledger().postNew(QStringLiteral("200"));
    ui.session().changed();
    ui.window().showPage(PageId::Invoices);
    auto *list = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices))->list();

    const QString csv = ui.ledger().dir() + QStringLiteral("/send.csv");
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("number;email\n" + first.toUtf8() + ";ap@other.example\nINV-2099-00077;\n" + second.toUtf8() + ";\n");
    file.close();

    BulkSendDialog *dialog = list->sendList(csv);
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->refusals().size() == 1);
    CHECK(dialog->refusals().constFirst().contains(QStringLiteral("INV-2099-00077")));
    dialog->start();
    REQUIRE(QTest::qWaitFor([&] { return dialog->isDone(); }, 20000));
    CHECK(dialog->queuedMessageIds().size() == 2);
    REQUIRE(QTest::qWaitFor([&] { return server.messages().size() == 2; }, 20000));
    QStringList recipients;
    for (int i = 0; i < 2; ++i)
        recipients << server.envelope(i).value(QStringLiteral("rcpt_tos")).toArray().first().toString();
    CHECK(recipients.contains(QStringLiteral("ap@other.example")));
    CHECK(recipients.contains(QStringLiteral("compta@example.fr"))); // the customer's own contact
    dialog->close();

    // Cancelled before the first document: nothing queued, the summary says so.
    list->view()->selectAll();
    BulkSendDialog *cancelled = list->sendSelection();
    REQUIRE(cancelled != nullptr);
    cancelled->start();
    cancelled->cancel();
    REQUIRE(QTest::qWaitFor([&] { return cancelled->isDone(); }, 20000));
    CHECK(cancelled->isCancelled());
    CHECK(cancelled->queuedMessageIds().isEmpty());
    CHECK(ui.find<QLabel>("bulkSendSummary", cancelled)->text().contains(QStringLiteral("Cancelled")));
    cancelled->close();
}

TEST_CASE("a revoked sign-in: the invoice waits in the queue, the Outbox and the dashboard say to sign in again")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/facturo-test-bus"); // tokens in memory only
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    SmtpTestServer server(certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
    REQUIRE(server.isRunning());
    UiFixture ui;
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = SmtpSettings::Security::StartTls;
    s.trustedFingerprint = certificate.fingerprintSha256();
    s.fromAddress = OAuthTestServer::account();
    s.timeoutSeconds = 20;
    s.oauth = true;
    s.oauthProvider = auth.provider();
    MailSettingsService service(ui.ledger()->context(), ui.ledger()->audit());
    REQUIRE(service.save(s).ok());
    MailSession &mail = ui.session().mail();
    CHECK(mail.saveSignIn(service.load().value(), auth.signIn()).contains(QStringLiteral("in memory")));
    REQUIRE(auth.admin(QStringLiteral("revoke-all")));

    const QString number = ui.ledger().postNew(QStringLiteral("250"));
    DocumentMailRequest request;
    request.documentId = ui.ledger()->context().documents.idByNumber(number).value();
    MailComposer composer(ui.ledger()->context(), ui.ledger()->audit());
    auto composed = composer.compose(request, {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"),
                                                  MailTest::simpleAttachment()}});
    REQUIRE(composed.ok());
    auto queued = mail.outbox().queue(composed.value());
    REQUIRE(queued.ok());
    QSignalSpy required(&mail, &MailSession::signInRequired);
    mail.wake();
    REQUIRE((!required.isEmpty() || required.wait(20000)));
    CHECK(mail.outbox().repository().find(queued.value(), false)->status == OutboxStatus::Queued);
    CHECK(server.messages().isEmpty());

    ui.window().navigator().showPage(PageId::Outbox);
    CHECK(ui.find<QLabel>("outboxMessage")->text().contains(QStringLiteral("Sign in again to billing@facturo.test")));
    ui.window().navigator().showPage(PageId::Dashboard);
    ui.waitForReads();
    auto *dashboard = ui.find<QLabel>("dashboardMailSignIn");
    CHECK(dashboard->isVisible());
    CHECK(dashboard->text().contains(QStringLiteral("Mail is waiting in the outbox")));
    CHECK(dashboard->text().contains(QStringLiteral("Sign in again")));
}

TEST_CASE("the window opens on a file where a sign-in was refused before: the Outbox and the dashboard say to sign "
          "in again before any attempt, and a new sign-in sends the waiting invoice")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/facturo-test-bus"); // tokens in memory only
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    OAuthTestServer auth;
    REQUIRE(auth.isRunning());
    SmtpTestServer server(certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
    REQUIRE(server.isRunning());
    qint64 queuedId = 0;
    // An earlier run: OAuth settings, an invoice in the queue, the provider's refusal recorded.
    UiFixture ui([&](TestLedger &ledger) {
        MailSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.port();
        s.security = SmtpSettings::Security::StartTls;
        s.trustedFingerprint = certificate.fingerprintSha256();
        s.fromAddress = OAuthTestServer::account();
        s.timeoutSeconds = 20;
        s.oauth = true;
        s.oauthProvider = auth.provider();
        REQUIRE(MailSettingsService(ledger->context(), ledger->audit()).save(s).ok());
        DocumentMailRequest request;
        request.documentId = ledger->context().documents.idByNumber(ledger.postNew(QStringLiteral("250"))).value();
        MailComposer composer(ledger->context(), ledger->audit());
        auto composed = composer.compose(request, {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"),
                                                      MailTest::simpleAttachment()}});
        REQUIRE(composed.ok());
        auto queued = OutboxService(ledger->context(), ledger->audit()).queue(composed.value());
        REQUIRE(queued.ok());
        queuedId = queued.value();
        REQUIRE(MailSignInState(ledger->context()).markNeeded(OAuthTestServer::account()).ok());
    });
    MailSession &mail = ui.session().mail();
    CHECK(mail.isWaitingForSignIn());
    ui.window().navigator().showPage(PageId::Dashboard);
    ui.waitForReads();
    auto *dashboard = ui.find<QLabel>("dashboardMailSignIn");
    CHECK(dashboard->isVisible());
    CHECK(dashboard->text().contains(QStringLiteral("Mail is waiting in the outbox")));
    CHECK(dashboard->text().contains(QStringLiteral("Sign in again to billing@facturo.test")));
    ui.window().navigator().showPage(PageId::Outbox);
    CHECK(ui.find<QLabel>("outboxMessage")->text().contains(QStringLiteral("Sign in again to billing@facturo.test")));

    mail.wake(); // the sender still does not try
    QTest::qWait(300);
    const OutboxMessage waiting = mail.outbox().repository().find(queuedId, false).value();
    CHECK(waiting.status == OutboxStatus::Queued);
    CHECK(waiting.attempts == 0);
    CHECK(server.commandsLog().isEmpty());
    CHECK(auth.stats().value(QStringLiteral("refresh_grants")).toInt() == 0);

    // Signing in clears the record and sends the invoice.
    QSignalSpy changed(&mail, &MailSession::outboxChanged);
    CHECK(mail.saveSignIn(MailSettingsService(ui.ledger()->context(), ui.ledger()->audit()).load().value(),
                  auth.signIn())
              .contains(QStringLiteral("in memory")));
    CHECK(MailSignInState(ui.ledger()->context()).neededFor().value().isEmpty());
    for (int i = 0; i < 50 && server.messages().isEmpty(); ++i)
        changed.wait(200);
    CHECK(server.messages().size() == 1);
    CHECK_FALSE(mail.isWaitingForSignIn());
    CHECK(ui.find<QLabel>("outboxMessage")->text().isEmpty());
    ui.window().navigator().showPage(PageId::Dashboard);
    ui.waitForReads();
    CHECK_FALSE(dashboard->isVisible());
}
