#include "TestDatabase.h"

#include <catch2/catch.hpp>

namespace {
QList<qint64> ids(const QList<DocumentSummary> &rows)
{
    QList<qint64> out;
    for (const DocumentSummary &row : rows)
        out << row.id;
    return out;
}
} // namespace

TEST_CASE("the list read from its end gives the same rows in the same order as read from its start")
{
    TestLedger t;
    const qint64 other = t.addCustomer(QStringLiteral("Garage Gerland"));
    for (int i = 0; i < 23; ++i) {
        if (i % 3 == 0)
            t.draftWith({{QStringLiteral("Thermostat %1").arg(i), QStringLiteral("1"), QStringLiteral("10"),
                          QStringLiteral("20")}},
                        other);
        else
            t.postNew(QString::number(100 + i));
    }
    auto check = [&](const DocumentFilter &filter) {
        const QList<DocumentSummary> all = t->context().documents.list(filter, 0, 1000).value();
        const qint64 total = t->context().documents.totals(filter).value().count;
        REQUIRE(total == all.size());
        for (qint64 limit : {1, 5, 7}) {
            for (qint64 fromEnd = 0; fromEnd <= total; ++fromEnd) {
                auto tail = t->context().documents.listFromEnd(filter, fromEnd, limit);
                REQUIRE(tail.ok());
                const qint64 first = std::max<qint64>(0, total - fromEnd - limit);
                const qint64 count = std::max<qint64>(0, total - fromEnd - first);
                INFO("from end " << fromEnd << ", limit " << limit);
                CHECK(ids(tail.value()) == ids(all.mid(first, count)));
            }
        }
    };
    check({});
    DocumentFilter drafts;
    drafts.statuses = {DocumentStatus::Draft};
    check(drafts);
    DocumentFilter overdue; // its own index (migration 0007)
    overdue.overdueAsOf = t.clock().today().addDays(45);
    check(overdue);
    overdue.customerId = t.customerId();
    check(overdue);
    DocumentFilter text;
    text.search = QStringLiteral("thermostat");
    check(text);
}
