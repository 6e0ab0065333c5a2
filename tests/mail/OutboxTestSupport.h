#pragma once

#include "MailComposer.h"
#include "MailSettingsService.h"
#include "OutboxSender.h"
#include "OutboxService.h"
#include "TestDatabase.h"

#include <QByteArray>
#include <QList>

#include <optional>

// A company file with a posted invoice or two, an outbox, and a sender pointed at the local
// test server. The clock is the TestLedger's fixed clock: tests move it to make retries due.
namespace OutboxTest {

// A port on 127.0.0.1 where nothing listens (for "server down"; a server may start there later).
quint16 freePort();

// The bytes attached as "the invoice PDF" when DocumentPdfService is not part of the test.
QByteArray samplePdf();

struct Outcome
{
    qint64 id = 0;
    OutboxStatus status = OutboxStatus::Queued;
    QString message;
};

class Fixture
{
public:
    Fixture();

    TestLedger t;
    OutboxService &outbox() { return *m_outbox; }
    MailComposer &composer() { return *m_composer; }
    // Closes and opens the company file again (services made anew).
    void reopen();

    // Mail settings for the local server: plain SMTP on 127.0.0.1:port, waits 60 s then 600 s.
    void configure(quint16 port, int maxAttempts = 3);
    MailSettings settings();
    qint64 postInvoice(const QString &price = QStringLiteral("100"));
    // Composes and queues the document's mail with samplePdf() attached.
    Result<qint64> queue(DocumentMailRequest request);
    Result<qint64> queueInvoice(qint64 documentId);
    OutboxMessage message(qint64 id);
    QString dump() { return t.dump(); }

    // Starts a sender (recovering interrupted messages), lets it work until it is idle, stops it.
    QList<Outcome> runSender(quint16 port, Status *started = nullptr);
    void advanceSeconds(int seconds);
    // The audit events of an invoice with this action.
    QList<AuditEvent> auditEvents(qint64 documentId, const QString &action);

private:
    std::optional<OutboxService> m_outbox;
    std::optional<MailComposer> m_composer;
};

} // namespace OutboxTest
