#include "BulkSendDialog.h"
#include "DocumentPdfService.h"
#include "MailSession.h"
#include "MailSettingsWidget.h"
#include "MailTestSupport.h"
#include "OutboxModel.h"
#include "OutboxTestSupport.h"
#include "OutboxWidget.h"
#include "SendDocumentDialog.h"
#include "SmtpTestServer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using OutboxTest::Fixture;

namespace {
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget != nullptr);
    return widget;
}

// A failed, a queued and a cancelled message in the outbox.
QList<qint64> threeMessages(Fixture &f)
{
    f.configure(OutboxTest::freePort(), 1);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        auto queued = f.queueInvoice(f.postInvoice(QString::number(100 + i)));
        REQUIRE(queued.ok());
        ids << queued.value();
    }
    // The first attempt of the first one fails for good (one attempt allowed, server down).
    auto claimed = f.outbox().claimNextDue();
    REQUIRE(claimed.ok());
    SmtpOutcome down;
    down.status = SmtpOutcome::Status::TemporaryFailure;
    down.message = QStringLiteral("Could not connect to the mail server.");
    REQUIRE(f.outbox().recordOutcome(ids.at(0), down, f.settings()).ok());
    REQUIRE(f.outbox().cancel(ids.at(2)).ok());
    return ids;
}
} // namespace

TEST_CASE("the outbox model is a well-behaved model that shows status, attempts and errors")
{
    Fixture f;
    const QList<qint64> ids = threeMessages(f);
    OutboxModel model(f.outbox().repository());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload().ok());
    REQUIRE(model.rowCount() == 3);
    const int failed = model.rowOf(ids.at(0));
    REQUIRE(failed >= 0);
    CHECK(model.index(failed, OutboxModel::Status).data().toString() == QStringLiteral("Failed"));
    CHECK(model.index(failed, OutboxModel::Attempts).data().toString() == QStringLiteral("1 of 1"));
    CHECK(model.index(failed, OutboxModel::Error).data().toString().contains(QStringLiteral("Could not connect")));
    CHECK(model.index(failed, OutboxModel::Document).data().toString() == QStringLiteral("INV-2026-00001"));
    CHECK(model.index(failed, 0).data(OutboxModel::IdRole).toLongLong() == ids.at(0));
    CHECK(model.index(model.rowOf(ids.at(1)), OutboxModel::Status).data().toString() == QStringLiteral("Queued"));

    REQUIRE(model.setStatuses({OutboxStatus::Cancelled}).ok());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(OutboxModel::IdRole).toLongLong() == ids.at(2));
    REQUIRE(model.setStatuses({}).ok());
    CHECK(model.rowCount() == 3);
    CHECK(model.headerData(OutboxModel::Recipients, Qt::Horizontal).toString() == QStringLiteral("To"));
}

TEST_CASE("the outbox page resends and cancels the selected message and opens its document")
{
    Fixture f;
    const QList<qint64> ids = threeMessages(f);
    // Another sender holds the file's outbox: the page's actions change states, nothing is sent.
    OutboxSender elsewhere(f.outbox());
    REQUIRE(elsewhere.start().ok());
    MailSession mail(f.t.ledger());
    OutboxWidget widget(mail);
    QAbstractItemModelTester tester(widget.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *resend = child<QPushButton>(widget, "outboxResend");
    auto *cancel = child<QPushButton>(widget, "outboxCancel");
    auto *confirm = child<QPushButton>(widget, "outboxConfirm");
    auto *open = child<QPushButton>(widget, "outboxOpenDocument");
    CHECK_FALSE(resend->isEnabled()); // nothing selected

    widget.select(ids.at(0)); // failed
    CHECK(resend->isEnabled());
    CHECK(cancel->isEnabled());
    CHECK_FALSE(confirm->isEnabled());
    QSignalSpy opened(&widget, &OutboxWidget::openDocumentRequested);
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == f.message(ids.at(0)).documentId);

    QTest::mouseClick(resend, Qt::LeftButton);
    CHECK(f.message(ids.at(0)).status == OutboxStatus::Queued);
    CHECK(f.message(ids.at(0)).attempts == 0);
    CHECK(widget.selectedId() == ids.at(0)); // the selection follows the message
    CHECK(child<QLabel>(widget, "outboxMessage")->text().contains(QStringLiteral("Another program")));
    CHECK(widget.model()->index(widget.model()->rowOf(ids.at(0)), OutboxModel::Status).data().toString()
        == QStringLiteral("Queued"));

    widget.select(ids.at(1));
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(f.message(ids.at(1)).status == OutboxStatus::Cancelled);
    CHECK_FALSE(cancel->isEnabled()); // cancelled: nothing more to cancel
    CHECK(resend->isEnabled());

    auto *filter = child<QComboBox>(widget, "outboxFilter");
    filter->setCurrentIndex(filter->findText(QStringLiteral("Cancelled")));
    CHECK(widget.model()->rowCount() == 2);
    mail.stop();
    elsewhere.stop();
}

TEST_CASE("the send dialog starts from the template and the contacts, refuses bad input, and queues the archived PDF")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    const qint64 invoice = f.postInvoice(QStringLiteral("1028.80"));

    SendDocumentDialog dialog(f.t.ledger(), invoice);
    REQUIRE(dialog.isReady());
    auto *to = child<QComboBox>(dialog, "sendTo");
    auto *subject = child<QLineEdit>(dialog, "sendSubject");
    auto *body = child<QPlainTextEdit>(dialog, "sendBody");
    auto *error = child<QLabel>(dialog, "sendError");
    auto *send = child<QPushButton>(dialog, "sendButton");
    CHECK(to->currentText() == QStringLiteral("Comptabilit\u00e9 <compta@example.fr>"));
    CHECK(to->count() == 1);
    CHECK(subject->text() == QStringLiteral("Facture INV-2026-00001 de Climatec Services SAS"));
    CHECK(body->toPlainText().contains(QStringLiteral("1\u202f234,56")));
    CHECK(child<QLabel>(dialog, "sendFrom")->text().contains(QStringLiteral("billing@climatec.example")));
    CHECK(child<QLabel>(dialog, "sendAttachment")->text().startsWith(QStringLiteral("INV-2026-00001.pdf")));
    CHECK_FALSE(child<QCheckBox>(dialog, "sendIncludeNotes")->isEnabled()); // no printed comments here
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("sendNoServer")) == nullptr); // a server is set up

    // Preview: what will be sent.
    QTest::mouseClick(child<QPushButton>(dialog, "sendPreviewToggle"), Qt::LeftButton);
    const QString preview = child<QPlainTextEdit>(dialog, "sendPreview")->toPlainText();
    CHECK(preview.contains(QStringLiteral("Subject: Facture INV-2026-00001")));
    CHECK(preview.contains(QStringLiteral("Attached: INV-2026-00001.pdf")));

    // A bad address: said in the dialog, nothing queued, nothing archived.
    const QString before = f.dump();
    to->setCurrentText(QStringLiteral("compta at example"));
    QTest::mouseClick(send, Qt::LeftButton);
    CHECK(error->isVisibleTo(&dialog));
    CHECK(error->text().contains(QStringLiteral("Recipient")));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.dump() == before);

    to->setCurrentText(QStringLiteral("Comptabilit\u00e9 <compta@example.fr>, Jean <jean@example.fr>"));
    child<QLineEdit>(dialog, "sendCc")->setText(QStringLiteral("boss@climatec.example"));
    QTest::mouseClick(send, Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.queuedMessageId() > 0);
    const OutboxMessage m = f.message(dialog.queuedMessageId());
    CHECK(m.recipients.size() == 2);
    CHECK(m.cc == QStringList {QStringLiteral("boss@climatec.example")});

    // The attachment is the archived PDF, byte for byte, as the server receives it.
    DocumentPdfService pdfs(f.t.ledger());
    auto archived = pdfs.archived(invoice);
    REQUIRE(archived.ok());
    REQUIRE(archived->has_value());
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments.at(0).sha256 == (*archived)->sha256);
    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Sent);
    REQUIRE(server.messages().size() == 1);
    const QJsonObject parsed = MailTest::parseMessage(server.messages().at(0));
    const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
    REQUIRE(parts.size() == 3);
    const QJsonObject attachment = parts.at(2).toObject();
    CHECK(attachment.value(QStringLiteral("content_type")).toString() == QStringLiteral("application/pdf"));
    CHECK(attachment.value(QStringLiteral("filename")).toString() == QStringLiteral("INV-2026-00001.pdf"));
    CHECK(QByteArray::fromBase64(attachment.value(QStringLiteral("data_base64")).toString().toLatin1())
        == (*archived)->pdf);
    CHECK(server.envelope(0).value(QStringLiteral("rcpt_tos")).toArray().size() == 3);

    CHECK(SendDocumentDialog::splitAddresses(QStringLiteral("\"Martin, Paul\" <p@example.com>; a@example.com,"))
        == QStringList {QStringLiteral("\"Martin, Paul\" <p@example.com>"), QStringLiteral("a@example.com")});
}

TEST_CASE("without a mail server the send dialog says the message will wait, before it is queued")
{
    Fixture f;
    const qint64 invoice = f.postInvoice(QStringLiteral("100"));
    SendDocumentDialog dialog(f.t.ledger(), invoice);
    REQUIRE(dialog.isReady());
    auto *notice = child<QLabel>(dialog, "sendNoServer");
    CHECK(notice->text().contains(QStringLiteral("No mail server")));
    auto *send = child<QPushButton>(dialog, "sendButton");
    CHECK(send->text() == QStringLiteral("Queue for later"));
    const QString before = f.dump();
    dialog.reject();
    CHECK(f.dump() == before); // shown, not queued
    SendDocumentDialog again(f.t.ledger(), invoice);
    QTest::mouseClick(child<QPushButton>(again, "sendButton"), Qt::LeftButton);
    REQUIRE(again.result() == QDialog::Accepted);
    CHECK(f.message(again.queuedMessageId()).status == OutboxStatus::Queued);
}

TEST_CASE("the send dialog of a draft says why it cannot send")
{
    Fixture f;
    const qint64 draft
        = f.t.draftWith({{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
    SendDocumentDialog dialog(f.t.ledger(), draft);
    CHECK_FALSE(dialog.isReady());
    CHECK(dialog.loadError().contains(QStringLiteral("draft")));
    CHECK_FALSE(child<QPushButton>(dialog, "sendButton")->isEnabled());
}

TEST_CASE("bulk send queues a selection with progress and a summary of the refused ones")
{
    Fixture f;
    f.configure(2525);
    const qint64 first = f.postInvoice();
    const qint64 second = f.postInvoice();
    const qint64 draft
        = f.t.draftWith({{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
    BulkSendDialog dialog(f.t.ledger(), {first, draft, second});
    QSignalSpy done(&dialog, &BulkSendDialog::allQueued);
    QTest::mouseClick(child<QPushButton>(dialog, "bulkSendStart"), Qt::LeftButton);
    REQUIRE(done.wait(60000));
    CHECK(dialog.isDone());
    CHECK(dialog.queuedMessageIds().size() == 2);
    REQUIRE(dialog.refusals().size() == 1);
    CHECK(dialog.refusals().at(0).contains(QStringLiteral("draft")));
    auto *progress = dialog.findChild<QWidget *>(QStringLiteral("bulkSendProgress"));
    REQUIRE(progress != nullptr);
    CHECK(child<QLabel>(dialog, "bulkSendSummary")->text().contains(QStringLiteral("2 message(s) queued")));
    auto count = f.outbox().repository().count({OutboxStatus::Queued});
    REQUIRE(count.ok());
    CHECK(count.value() == 2);
}

TEST_CASE("the mail session asks for the password once per program start when no keychain runs")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/facturo-test-bus");
    Fixture f;
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = OutboxTest::freePort();
    s.security = SmtpSettings::Security::StartTls;
    s.user = QStringLiteral("billing");
    MailSettingsService settings(f.t->context(), f.t->audit());
    REQUIRE(settings.save(s).ok());
    MailSession mail(f.t.ledger());
    int asked = 0;
    mail.setPasswordPrompt([&asked](const MailSettings &, const QString &why) {
        ++asked;
        CHECK_FALSE(why.isEmpty());
        return QStringLiteral("typed-smtp-password");
    });
    REQUIRE(mail.start().ok());
    CHECK(asked == 0); // nothing to send: nothing asked
    REQUIRE(f.queueInvoice(f.postInvoice()).ok());
    mail.wake();
    mail.wake();
    CHECK(asked == 1);
    mail.stop();
    // (not "secret": the settings have a key oauth.client_secret)
    CHECK_FALSE(f.dump().contains(QStringLiteral("typed-smtp-password")));
}

TEST_CASE("the mail settings form saves what is valid, refuses what is not, and keeps the password out of the file")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/facturo-test-bus");
    Fixture f;
    MailSession mail(f.t.ledger());
    MailSettingsWidget form(mail);
    child<QLineEdit>(form, "mailHost")->setText(QStringLiteral("smtp.climatec.example"));
    auto *security = child<QComboBox>(form, "mailSecurity");
    security->setCurrentIndex(security->findData(static_cast<int>(SmtpSettings::Security::ImplicitTls)));
    child<QSpinBox>(form, "mailPort")->setValue(465);
    child<QLineEdit>(form, "mailUser")->setText(QStringLiteral("billing"));
    child<QLineEdit>(form, "mailPassword")->setText(QStringLiteral("hunter2-secret"));
    child<QLineEdit>(form, "mailFingerprint")->setText(QStringLiteral("not a fingerprint"));
    QTest::mouseClick(child<QPushButton>(form, "mailSave"), Qt::LeftButton);
    CHECK(form.message().contains(QStringLiteral("fingerprint")));
    CHECK_FALSE(f.settings().isConfigured());

    child<QLineEdit>(form, "mailFingerprint")->clear();
    QTest::mouseClick(child<QPushButton>(form, "mailSave"), Qt::LeftButton);
    INFO(form.message().toStdString());
    CHECK(form.message().contains(QStringLiteral("saved")));
    CHECK(form.message().contains(QStringLiteral("keychain")));
    const MailSettings saved = f.settings();
    CHECK(saved.host == QStringLiteral("smtp.climatec.example"));
    CHECK(saved.port == 465);
    CHECK(saved.security == SmtpSettings::Security::ImplicitTls);
    CHECK(saved.user == QStringLiteral("billing"));
    CHECK(child<QLineEdit>(form, "mailPassword")->text().isEmpty());
    CHECK_FALSE(f.dump().contains(QStringLiteral("hunter2-secret")));
    mail.stop();
}

TEST_CASE("Send a test message reaches the server with the saved settings, and a server down is said plainly")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    MailSession mail(f.t.ledger());
    MailSettingsWidget form(mail);
    QSignalSpy finished(&form, &MailSettingsWidget::testFinished);
    const QString before = f.dump();

    child<QLineEdit>(form, "mailTestTo")->setText(QStringLiteral("Office <office@climatec.example>"));
    QTest::mouseClick(child<QPushButton>(form, "mailTest"), Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(form.message().contains(QStringLiteral("office@climatec.example")));
    REQUIRE(server.messages().size() == 1);
    CHECK(server.envelope(0).value(QStringLiteral("rcpt_tos")).toArray().at(0).toString()
        == QStringLiteral("office@climatec.example"));
    CHECK(MailTest::parseMessage(server.messages().at(0)).value(QStringLiteral("subject")).toString()
        == QStringLiteral("Facturo test message"));
    CHECK(f.dump() == before); // outside the outbox: nothing queued, nothing recorded

    // The outbox page says where mail goes now; after a change of server, it follows.
    OutboxWidget outbox(mail);
    CHECK(child<QLabel>(outbox, "outboxServer")->text().contains(QStringLiteral("127.0.0.1:%1").arg(server.port())));
    const quint16 down = OutboxTest::freePort();
    f.configure(down);
    outbox.reload();
    CHECK(child<QLabel>(outbox, "outboxServer")->text().contains(QStringLiteral("127.0.0.1:%1").arg(down)));

    // Nobody listens there: the test fails with the transport's message, shown as a problem.
    form.load();
    child<QLineEdit>(form, "mailTestTo")->clear();
    QTest::mouseClick(child<QPushButton>(form, "mailTest"), Qt::LeftButton);
    REQUIRE((finished.size() == 2 || finished.wait(20000)));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    CHECK(form.message().contains(QStringLiteral("connect")));
    CHECK(server.messages().size() == 1);
    mail.stop();
}

TEST_CASE("a second window's mail session is refused while the first sends, then takes over when it closes")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    auto first = std::make_unique<MailSession>(f.t.ledger());
    REQUIRE(first->start().ok());
    CHECK(first->isStarted());

    // The second window: the company opened again, its own session (its own lock attempt).
    auto ledger = Ledger::open(f.t.path(), Database::OpenMode::MustExist, f.t.clock());
    REQUIRE(ledger.ok());
    MailSession second(*ledger.value());
    second.setTakeOverInterval(50);
    QSignalSpy problems(&second, &MailSession::problem);
    const Status refused = second.start();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("is sending the mail of this company")));
    QTest::qWait(200); // quiet attempts meanwhile: still refused, nothing said again
    CHECK_FALSE(second.isStarted());
    CHECK(problems.isEmpty());

    // A message queued in the second window while the first still sends: the wake says who sends.
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());
    second.wake();
    CHECK(problems.size() == 1);

    // The first window closes before its next look at the outbox: the second one takes over
    // within its interval and sends the message.
    first.reset();
    QTRY_VERIFY_WITH_TIMEOUT(second.isStarted(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(f.message(queued.value()).status == OutboxStatus::Sent, 10000);
    CHECK(server.messages().size() == 1);
    second.stop();
}
