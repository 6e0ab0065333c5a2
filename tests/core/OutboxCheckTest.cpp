#include "IntegrityCheck.h"
#include "LedgerTestHelpers.h"
#include "OutboxService.h"

#include <QCryptographicHash>

using namespace LedgerTest;

namespace {
const QByteArray Pdf = QByteArrayLiteral("%PDF-1.4\n% the archived invoice\n%%EOF\n");

// An invoice sent the way DocumentMailer sends it: its PDF archived, and the message queued
// through the outbox with that PDF attached and its "send" audit event.
struct OutboxScene
{
    TestLedger t;
    qint64 invoice = 0;
    qint64 creditNote = 0;
    qint64 message = 0;
    OutboxService outbox {t->context(), t->audit()};

    OutboxScene()
    {
        invoice = t->context().documents.idByNumber(t.postNew(QStringLiteral("100"))).value();
        creditNote = need(t->creditNotes().createDraft(invoice, QStringLiteral("Goodwill")));
        need(t->posting().post(creditNote));
        exec(
            QStringLiteral("INSERT INTO document_archive (document_id, pdf, sha256, file_name, created_at, created_by) "
                           "VALUES (%1, %2, '%3', 'INV-2026-00001.pdf', '2026-03-10T09:30:00Z', 'marie')")
                .arg(invoice)
                .arg(TestLedger::blobLiteral(Pdf),
                    QString::fromLatin1(QCryptographicHash::hash(Pdf, QCryptographicHash::Sha256).toHex())));
        OutboxRequest request;
        request.documentId = invoice;
        request.kind = MailKind::Invoice;
        request.message.from
            = need(MailAddress::create(QStringLiteral("Climatec"), QStringLiteral("billing@climatec.example")));
        request.message.to = {need(MailAddress::create(QStringLiteral("Compta"), QStringLiteral("compta@example.fr")))};
        request.message.subject = QStringLiteral("Invoice INV-2026-00001");
        request.message.textBody = QStringLiteral("Please find our invoice attached.");
        request.message.attachments = {{QStringLiteral("INV-2026-00001.pdf"), QStringLiteral("application/pdf"), Pdf}};
        message = need(outbox.queue(request));
    }

    void exec(const QString &sql) { t.tamper({sql}); }

    IntegrityReport check()
    {
        IntegrityCheck check(t->context(), t->audit());
        return need(check.run());
    }
};
} // namespace

TEST_CASE("the file check verifies the outbox")
{
    OutboxScene scene;
    IntegrityReport sound = scene.check();
    INFO(str(sound.problems.join(QLatin1Char('\n'))));
    CHECK(sound.ok());
    CHECK(sound.passed.contains(QStringLiteral("Every outbox message carries its attachments")));

    // A sender at work, or one that was killed: not a problem, recovered when sending starts.
    REQUIRE(need(scene.outbox.claimNextDue()).has_value());
    const IntegrityReport sending = scene.check();
    CHECK(sending.ok());
    CHECK_FALSE(sending.passed.filter(QStringLiteral("being sent, or interrupted")).isEmpty());
}

TEST_CASE("the file check names every kind of damage to the outbox")
{
    struct Damage
    {
        QString sql;
        const char *expected;
    };
    // Written around the program, as an attacker or a broken tool with the file would.
    const QList<Damage> damages = {
        {QStringLiteral("DELETE FROM outbox_attachments"), "does not carry its archived PDF"},
        {QStringLiteral("UPDATE outbox_messages SET mime = %1").arg(TestLedger::blobLiteral(QByteArray(1, '\0'))),
            "lost an attachment"},
        {QStringLiteral(
             "UPDATE outbox_messages SET document_id = (SELECT id FROM documents WHERE doc_type = 'credit_note')"),
            "wrong document"},
        {QStringLiteral("INSERT INTO outbox_messages (document_id, kind, sender, recipients, subject, body, mime, "
                        "message_id, envelope_from, envelope_recipients, status, next_attempt_at, created_at, "
                        "created_by, updated_at) SELECT document_id, kind, sender, recipients, subject, body, mime, "
                        "'<copy@example>', envelope_from, envelope_recipients, 'queued', next_attempt_at, created_at, "
                        "created_by, updated_at FROM outbox_messages"),
            "not queued by Facturo"},
        {QStringLiteral("UPDATE outbox_messages SET status = 'sent', sent_at = '2026-03-10T09:31:00Z', "
                        "next_attempt_at = NULL"),
            "missing from the send history"},
        {QStringLiteral("UPDATE outbox_messages SET status = 'sending', stage = '', next_attempt_at = NULL"),
            "no sender ever took it"},
    };
    for (const Damage &damage : damages) {
        INFO(damage.expected);
        OutboxScene scene;
        scene.exec(damage.sql);
        const IntegrityReport report = scene.check();
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.first().contains(QString::fromUtf8(damage.expected)));
    }
}
