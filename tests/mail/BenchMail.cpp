// bench_mail: post N invoices (default 1000), queue each one's mail with its archived PDF
// through DocumentMailer, then deliver the whole outbox with OutboxSender to the local aiosmtpd
// test server, and print messages per second for queueing and for delivery.
// Usage: bench_mail [N]

#include "DocumentMailer.h"
#include "Ledger.h"
#include "MailSettingsService.h"
#include "OutboxSender.h"
#include "SmtpTestServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace {
bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_mail: %s\n", qPrintable(what));
    return false;
}

DocumentLine benchLine(int i)
{
    DocumentLine l;
    l.kind = LineKind::Labor;
    l.description = QStringLiteral("Maintenance visit %1").arg(i);
    l.quantity = Quantity::fromScaled(1500);
    l.unitPrice = UnitPrice::fromScaled(650000 + i % 1000);
    l.taxCategory = TaxCategory::Standard;
    l.taxRate = Percentage::fromInteger(20);
    return l;
}

bool run(int count)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto opened
        = Ledger::open(dir.filePath(QStringLiteral("bench.facturo")), Database::OpenMode::CreateIfMissing, clock);
    if (!opened)
        return fail(opened.message());
    Ledger &ledger = *opened.value();
    CompanySettings c;
    c.name = QStringLiteral("Bench Services SAS");
    c.address = QStringLiteral("1 rue du Banc\n69001 Lyon");
    c.vatId = QStringLiteral("FR32123456789");
    c.iban = QStringLiteral("FR7630006000011234567890189");
    c.email = QStringLiteral("billing@bench.example");
    if (!ledger.setUp(c, QStringLiteral("bench"), Percentage::fromInteger(20)))
        return fail(QStringLiteral("setup"));
    Customer customer;
    customer.name = QStringLiteral("Client Lyonnais SARL");
    customer.billingAddress = QStringLiteral("2 place Bellecour\n69002 Lyon");
    customer.language = QStringLiteral("fr");
    customer.contacts.append(
        {0, QStringLiteral("Comptabilit\u00e9"), QStringLiteral("compta@client.example"), {}, {}, true});
    auto customerId = ledger.customers().add(customer);
    if (!customerId)
        return fail(customerId.message());

    SmtpTestServer server;
    if (!server.isRunning())
        return fail(server.error());
    MailSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = SmtpSettings::Security::None;
    MailSettingsService settingsService(ledger.context(), ledger.audit());
    if (const Status saved = settingsService.save(settings); !saved)
        return fail(saved.message());

    QList<qint64> invoices;
    for (int i = 0; i < count; ++i) {
        auto draft = ledger.drafts().createInvoice(customerId.value(), Document(), {benchLine(i)});
        if (!draft)
            return fail(draft.message());
        auto posted = ledger.posting().post(draft.value());
        if (!posted)
            return fail(posted.message());
        invoices << draft.value();
    }

    DocumentMailer mailer(ledger);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    for (qint64 id : std::as_const(invoices)) {
        DocumentMailRequest request;
        request.documentId = id;
        auto queued = mailer.queue(request);
        if (!queued)
            return fail(queued.message());
    }
    const double queueSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    OutboxService outbox(ledger.context(), ledger.audit());
    OutboxSender sender(outbox);
    auto smtp = MailSettingsService::smtpSettings(settings, QString());
    if (!smtp)
        return fail(smtp.message());
    sender.setSmtpSettings(smtp.value(), settings);
    int sent = 0;
    int other = 0;
    QObject::connect(&sender, &OutboxSender::messageFinished, [&](qint64, OutboxStatus status, const QString &error) {
        if (status == OutboxStatus::Sent)
            ++sent;
        else if (++other == 1)
            fail(error);
    });
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    timer.restart();
    if (const Status started = sender.start(); !started)
        return fail(started.message());
    loop.exec();
    sender.stop();
    const double sendSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    OutboxFilter all;
    all.limit = count;
    const auto rows = outbox.repository().list(all);
    if (!rows)
        return fail(rows.message());
    for (const OutboxSummary &row : rows.value())
        bytes += row.size;
    const int received = static_cast<int>(server.messages().size());

    std::printf("bench_mail: %d invoices, %d messages of %.1f KiB on average (PDF attached)\n", count, count,
        static_cast<double>(bytes) / count / 1024.0);
    std::printf("  queue (compose + archived PDF + outbox row + audit): %.2f s, %.1f messages/s\n", queueSeconds,
        count / queueSeconds);
    std::printf("  deliver to the local SMTP server: %.2f s, %.1f messages/s (%d sent, %d not, %d received)\n",
        sendSeconds, sent / sendSeconds, sent, other, received);
    std::printf("  end to end: %.1f messages/s\n", count / (queueSeconds + sendSeconds));
    return sent == count && received == count;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDFs are painted
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    return run(count > 0 ? count : 1000) ? 0 : 1;
}
