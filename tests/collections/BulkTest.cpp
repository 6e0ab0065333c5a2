#include "BulkService.h"
#include "CollectionsFixture.h"

#include <catch2/catch.hpp>

namespace {
BulkService bulkOf(Ledger &l)
{
    return BulkService(l.context(), l.drafts(), l.posting());
}

QList<qint64> importJobs(Ledger &l, int count)
{
    QByteArray json = "[";
    for (int i = 1; i <= count; ++i) {
        json += QStringLiteral(
            R"({"job_id":"B-%1","customer":{"name":"Hôtel du Parc","email":"compta@parc.fr","address":"1 avenue du Parc\n75001 Paris"},
            "completed_at":"2026-03-0%1","labor":[{"technician":"Luc","date":"2026-03-0%1","hours":"%1","rate":"60"}]})")
                    .arg(i)
                    .toUtf8();
        json += i < count ? "," : "]";
    }
    auto jobs = l.jobImport().importJson(json);
    INFO(jobs.message().toStdString());
    REQUIRE(jobs.ok());
    QList<qint64> ids;
    for (const ImportedJob &j : jobs.value())
        ids << j.serviceOrderId;
    return ids;
}
} // namespace

TEST_CASE("bulk: drafts for many Done orders, then posting them, each on its own; refusals reported")
{
    CollectionsFixture f;
    f.setToday(QDate(2026, 3, 10));
    const QList<qint64> orders = importJobs(f.ledger(), 3);
    auto bulk = bulkOf(f.ledger());
    CHECK(bulk.ordersToInvoice()->size() == 3);

    QList<qint64> calls;
    const BulkSummary drafts = bulk.createDrafts(
        {orders.at(0), orders.at(1), orders.at(0), orders.at(2)}, [&](qint64 done, qint64 total, const QString &) {
            calls << done;
            CHECK(total == 4);
            return true;
        });
    CHECK(calls == QList<qint64> {1, 2, 3, 4});
    REQUIRE(drafts.done.size() == 3);
    REQUIRE(drafts.failed.size() == 1);
    CHECK(drafts.failed.first().label == QStringLiteral("B-1")); // invoiced once only
    CHECK(bulk.ordersToInvoice()->isEmpty());

    // An empty draft among them cannot be posted; the others are, with gapless numbers.
    const qint64 empty = f.ledger().drafts().createInvoice(f.customerId()).value();
    QList<qint64> ids;
    for (const BulkItem &i : drafts.done)
        ids << i.resultId;
    ids.insert(1, empty);
    const QString before = f.test().dump();
    const BulkSummary posted = bulk.post(ids);
    CHECK(posted.total == 4);
    REQUIRE(posted.done.size() == 3);
    REQUIRE(posted.failed.size() == 1);
    CHECK(posted.failed.first().id == empty);
    CHECK_FALSE(posted.failed.first().message.isEmpty());
    CHECK(posted.done.at(0).outcome.endsWith(QStringLiteral("-00001")));
    CHECK(posted.done.at(1).outcome.endsWith(QStringLiteral("-00002")));
    CHECK(posted.done.at(2).outcome.endsWith(QStringLiteral("-00003")));
    CHECK(f.ledger().context().documents.find(empty, false)->isDraft());
    CHECK(bulk.drafts()->size() == 1);
    CHECK(f.test().dump() != before);
}

TEST_CASE("bulk work can be cancelled: what was done stays done, the rest is untouched")
{
    CollectionsFixture f;
    f.setToday(QDate(2026, 3, 10));
    const QList<qint64> orders = importJobs(f.ledger(), 4);
    auto bulk = bulkOf(f.ledger());
    const BulkSummary drafts = bulk.createDrafts(orders, [](qint64 done, qint64, const QString &) { return done < 2; });
    CHECK(drafts.cancelled);
    CHECK(drafts.done.size() == 2);
    CHECK(drafts.notReached() == 2);
    CHECK(bulk.ordersToInvoice()->size() == 2);
}

TEST_CASE("bulk send reads a list of numbers and addresses and hands each invoice to the sender")
{
    CollectionsFixture f;
    const qint64 a = f.invoiceOn(QDate(2026, 3, 1));
    const qint64 b = f.invoiceOn(QDate(2026, 3, 2));
    auto bulk = bulkOf(f.ledger());
    CHECK(BulkService::readSendList("invoice;email\nINV-1;not-an-address\n")
              .message()
              .contains(QStringLiteral("Row 2, field \"email\"")));
    CHECK(BulkService::readSendList("id\n1\n").message().contains(QStringLiteral("Row 1")));
    auto list = BulkService::readSendList(QStringLiteral("number,email\n%1,boss@example.fr\n%2,\nINV-2099-99999,\n")
                                              .arg(f.number(a), f.number(b))
                                              .toUtf8());
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    QStringList sent;
    const BulkSummary summary = bulk.send(list.value(), [&](const Document &d, const QString &address) -> Status {
        sent << d.number + QLatin1Char('>') + address;
        return {};
    });
    CHECK(sent == QStringList {f.number(a) + QStringLiteral(">boss@example.fr"), f.number(b) + QStringLiteral(">")});
    REQUIRE(summary.failed.size() == 1);
    CHECK(summary.failed.first().message.contains(QStringLiteral("Row 4")));
    const BulkSummary noOutbox = bulk.send(list.value(), BulkSender());
    CHECK(noOutbox.failed.size() == 3);
}
