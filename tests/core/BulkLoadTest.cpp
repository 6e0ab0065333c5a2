#include "BulkLoad.h"
#include "SqlStatement.h"
#include "TestDatabase.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {
QStringList found(Ledger &ledger, const QString &text)
{
    DocumentFilter filter;
    filter.search = text;
    QStringList numbers;
    for (const DocumentSummary &s : ledger.context().documents.list(filter, 0, 100).value())
        numbers << s.number;
    return numbers;
}

qint64 searchTriggers(Database &db)
{
    SqlStatement q(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%search%'");
    REQUIRE(q.exec(QStringLiteral("count the triggers")).ok());
    REQUIRE(q.next());
    return q.integer(0);
}

// The file's index definitions, name and SQL.
QStringList indexes(Database &db)
{
    SqlStatement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    REQUIRE(q.exec(QStringLiteral("list the indexes")).ok());
    QStringList all;
    while (q.next())
        all << q.text(0) + QStringLiteral(": ") + q.text(1);
    return all;
}

bool usesIndex(Database &db, const QString &query, const QString &index)
{
    SqlStatement q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + query);
    REQUIRE(q.exec(QStringLiteral("plan a query")).ok());
    while (q.next()) {
        if (q.text(3).contains(index))
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("stored dates and timestamps are written exactly as Qt writes ISO 8601")
{
    // The audit chain hashes this text: the fast writer must never differ from Qt's.
    const QList<QDateTime> times = {
        QDateTime(QDate(2026, 6, 30), QTime(9, 0), Qt::UTC),
        QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(12, 30, 5, 40), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone(QByteArrayLiteral("Europe/Paris"))),
        QDateTime(QDate(2026, 7, 14), QTime(18, 45, 12, 300), Qt::LocalTime),
        QDateTime(QDate(-44, 3, 15), QTime(11, 0), Qt::UTC),
        QDateTime(QDate(12345, 1, 1), QTime(11, 0), Qt::UTC),
        QDateTime(),
    };
    for (const QDateTime &t : times) {
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(SqlValue::timestamp(t) == t.toUTC().toString(Qt::ISODateWithMs));
        CHECK(SqlValue::date(t.date()) == (t.date().isValid() ? QVariant(t.date().toString(Qt::ISODate))
                                                               : QVariant(QMetaType(QMetaType::QString))));
    }
    CHECK(SqlValue::date(QDate()).isNull());
}

TEST_CASE("a bulk load fills the search index once at its end; an interrupted one is repaired at the next open", "[file]")
{
    TestLedger t;
    const qint64 hotel = t.addCustomer(QStringLiteral("Hôtel du Parc"));
    const QString interrupted = t.dir() + QStringLiteral("/interrupted.facturo");
    QString number;
    const QStringList allIndexes = indexes(t->database());
    REQUIRE(allIndexes.size() > 20);
    {
        BulkLoad bulk(t->database());
        REQUIRE(bulk.begin().ok());
        // During the load the list and report indexes are gone, the unique ones are not.
        const QStringList during = indexes(t->database());
        CHECK(during.size() == allIndexes.size() - 13); // 8, and the five list orders of schema 10
        CHECK_FALSE(during.join(QLatin1Char('\n')).contains(QStringLiteral("documents_customer")));
        // What each posting and payment reads keeps its index: without, every read scans the
        // table and a load of a million invoices grows with the square of its size.
        CHECK(usesIndex(t->database(),
            QStringLiteral("SELECT issue_date, number FROM documents WHERE doc_type = 'invoice' AND status <> 'draft' "
                           "AND issue_date IS NOT NULL ORDER BY issue_date DESC, id DESC LIMIT 1"),
            QStringLiteral("documents_type_issue_date")));
        CHECK(usesIndex(t->database(), QStringLiteral("SELECT id FROM journal_entries WHERE payment_id = 7 ORDER BY id"),
            QStringLiteral("journal_entries_payment")));
        const qint64 draft = t.draftWith({{QStringLiteral("Compressor relay"), QStringLiteral("1"),
                                           QStringLiteral("80"), QStringLiteral("20")}},
                                         hotel);
        number = t->posting().post(draft).value();
        // What a load killed at this moment leaves behind: documents without their search rows.
        SqlStatement copy(t->database(), "VACUUM INTO :target");
        copy.bind(":target", interrupted);
        REQUIRE(copy.exec(QStringLiteral("copy the file")).ok());
        REQUIRE(bulk.finish().ok());
    }
    CHECK(found(t.ledger(), number) == QStringList{number});
    CHECK(found(t.ledger(), QStringLiteral("hotel parc")) == QStringList{number});
    CHECK(found(t.ledger(), QStringLiteral("relay")) == QStringList{number});
    CHECK(searchTriggers(t->database()) == 6);
    CHECK(indexes(t->database()) == allIndexes);
    CHECK(usesIndex(t->database(), QStringLiteral("SELECT id FROM documents WHERE customer_id = 1 ORDER BY issue_date"),
                    QStringLiteral("documents_customer")));
    // After the load the triggers keep the index current again.
    const QString later = t.postNew();
    CHECK(found(t.ledger(), later) == QStringList{later});

    auto reopened = Ledger::open(interrupted, Database::OpenMode::MustExist, t.clock());
    REQUIRE(reopened.ok());
    CHECK(searchTriggers(reopened.value()->database()) == 6);
    CHECK(indexes(reopened.value()->database()) == allIndexes);
    CHECK(found(*reopened.value(), QStringLiteral("relay")) == QStringList{number});
    CHECK(found(*reopened.value(), QStringLiteral("hotel")) == QStringList{number});
}
