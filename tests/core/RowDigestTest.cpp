// The digest every money event carries (docs/tamper-evidence.md): its canonical form is pinned
// here, and events written before digests existed are counted, never failed.
#include "AuditLog.h"
#include "BookDigestCheck.h"
#include "CanonicalRows.h"
#include "LedgerTestHelpers.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("canonical rows write each value by its type, escaped, whatever its storage")
{
    CanonicalRows rows;
    rows.record("document")
        .integer("id", QVariant(qint64(7)))
        .text("number", QVariant(QStringLiteral("INV-1\t\\2\n")))
        .date("issue_date", QVariant(QStringLiteral("2026-03-10")))
        .timestamp("posted_at", QVariant(QStringLiteral("2026-03-10T09:30:00.000Z")))
        .integer("credited_document_id", QVariant(QMetaType(QMetaType::LongLong)))
        .integer("total_net", QVariant(QStringLiteral("12x")));
    rows.record("line").integer("line_net", QVariant(-5));
    const QByteArray expected = "facturo-rows 1\n"
                                "document\tid=7\tnumber=INV-1\\t\\\\2\\n\tissue_date=2026-03-10\t"
                                "posted_at=2026-03-10T09:30:00.000Z\tcredited_document_id=\\N\ttotal_net=?12x\n"
                                "line\tline_net=-5\n";
    CHECK(rows.bytes() == expected);
    CHECK(rows.sha256() == QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    // The same value stored as an integer or as its text is not the same row.
    CanonicalRows asText;
    asText.record("line").integer("line_net", QVariant(QStringLiteral("-5")));
    CanonicalRows asInteger;
    asInteger.record("line").integer("line_net", QVariant(qint64(-5)));
    CHECK(asText.sha256() != asInteger.sha256());
}

TEST_CASE("money events carry the digest of their rows; older events without one are counted, not failed")
{
    TestLedger t;
    const QString number = t.postNew(QStringLiteral("100"));
    const qint64 id = t->context().documents.idByNumber(number).value();
    REQUIRE(t->payments().registerPayment(LedgerTest::paymentOf(id, 1000)).ok());
    auto history = t->audit().history(QStringLiteral("invoice"), id);
    REQUIRE(history.ok());
    int digested = 0;
    for (const AuditEvent &e : history.value()) {
        const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
        if (e.action == QLatin1String("post") || e.action == QLatin1String("payment"))
            digested += details.value(QStringLiteral("rows_sha256")).toString().size() == 64 ? 1 : 0;
    }
    CHECK(digested == 2);

    // An event as written before digests existed, chained properly.
    auto last = t->context().audit.last();
    REQUIRE(last.ok());
    AuditEvent old;
    old.id = last->first + 1;
    old.prevHash = last->second;
    old.occurredAt = t.clock().nowUtc();
    old.userName = QStringLiteral("system");
    old.entity = QStringLiteral("invoice");
    old.entityId = id;
    old.action = QStringLiteral("payment");
    old.details = QStringLiteral("{\"payment\":1}");
    old.hash = AuditLog::computeHash(old);
    REQUIRE(t->context().audit.insert(old).ok());
    REQUIRE(t->audit().verify().value().intact);

    auto report = BookDigestCheck(t->context()).run();
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(report->checked == 2);
    CHECK(report->withoutDigest == 1);
    CHECK(report->summary().contains(QStringLiteral("1 older event")));
}
