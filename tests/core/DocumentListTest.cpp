#include "LedgerTestHelpers.h"
#include "TestDatabase.h"

#include <QPartialOrdering>
#include <QSet>

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

namespace {
// A file with every kind of row the list shows: drafts (one in the trash), posted, partly paid,
// paid, credited invoices, a credit note with something owed back, customers whose names differ
// by case only, dates and amounts that tie.
struct MixedFile
{
    TestLedger t;
    QList<qint64> drafts;
    qint64 trashed = 0;
    qint64 creditNote = 0;

    MixedFile()
    {
        using namespace LedgerTest;
        const qint64 alpha = t.addCustomer(QStringLiteral("alpha Plomberie"));
        const qint64 beta = t.addCustomer(QStringLiteral("Beta Chauffage"));
        const qint64 zed = t.addCustomer(QStringLiteral("Zed Élec"));
        const QList<qint64> customers{alpha, beta, zed, t.customerId()};
        QList<qint64> posted;
        for (int i = 0; i < 14; ++i) {
            t.clock().advanceDays(i % 3 == 0 ? 0 : 2); // some share their dates
            const QString price = QString::number(i % 4 == 0 ? 999 : 100 + 37 * i);
            const qint64 id = t.draftWith({{QStringLiteral("Job %1").arg(i), QStringLiteral("1"), price,
                                            QStringLiteral("20")}},
                                          customers.at(i % 4));
            if (i % 5 == 4) {
                drafts << id;
                continue;
            }
            posted << post(t, id);
        }
        trashed = drafts.first();
        need(t->drafts().moveToTrash(trashed));
        const Document paid = load(t, posted.at(0));
        need(t->payments().registerPayment(paymentOf(paid.id, paid.totalGross)));
        const Document part = load(t, posted.at(1));
        need(t->payments().registerPayment(paymentOf(part.id, 5000)));
        const Document credited = load(t, posted.at(2));
        post(t, need(t->creditNotes().createDraft(credited.id, QStringLiteral("Cancelled"))));
        // Paid, then credited: the credit note owes the money back.
        const Document refund = load(t, posted.at(3));
        need(t->payments().registerPayment(paymentOf(refund.id, refund.totalGross)));
        creditNote = post(t, need(t->creditNotes().createDraft(refund.id, QStringLiteral("Returned"))));
        drafts << t.draftWith({{QStringLiteral("Estimate"), QStringLiteral("1"), QStringLiteral("1000"),
                                QStringLiteral("20")}},
                              zed); // €1,200.00: more than any posted one, and not due
    }
};

QVariant signedTotal(const DocumentSummary &s)
{
    return s.type == DocumentType::CreditNote ? -s.totalGross : s.totalGross;
}

QVariant signedDue(const DocumentSummary &s)
{
    if (s.status == DocumentStatus::Draft)
        return {};
    return s.type == DocumentType::CreditNote ? -s.amountDue : s.amountDue;
}

int statusRank(DocumentStatus s)
{
    const QList<DocumentStatus> ranks{DocumentStatus::Draft, DocumentStatus::Posted, DocumentStatus::PartiallyPaid,
                                      DocumentStatus::Paid, DocumentStatus::Credited, DocumentStatus::Refunded};
    return static_cast<int>(ranks.indexOf(s));
}

// The key of a row in an order, as the test reads it from the summary (not from SQL).
QVariant keyOf(const DocumentSummary &s, DocumentOrder order)
{
    switch (order) {
    case DocumentOrder::Newest: return {};
    case DocumentOrder::Number: return s.number.isEmpty() ? QVariant() : QVariant(s.number);
    case DocumentOrder::Type: return DocumentTypes::key(s.type) + s.issueDate.toString(Qt::ISODate); // then by date
    case DocumentOrder::Customer: return s.customerName.toLower();
    case DocumentOrder::IssueDate: return s.issueDate;
    case DocumentOrder::DueDate: return s.dueDate;
    case DocumentOrder::Total: return signedTotal(s);
    case DocumentOrder::AmountDue: return signedDue(s);
    case DocumentOrder::Status: return statusRank(s.status);
    }
    return {};
}

// -1, 0, 1; no value first (SQLite's NULL).
int compare(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid());
    const QPartialOrdering o = QVariant::compare(a, b);
    return o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
}
} // namespace

TEST_CASE("each column order reads the same rows from the start and from the end, sorted by the value")
{
    MixedFile f;
    const QList<DocumentOrder> orders{DocumentOrder::Newest, DocumentOrder::Number, DocumentOrder::Type,
                                      DocumentOrder::Customer, DocumentOrder::IssueDate, DocumentOrder::DueDate,
                                      DocumentOrder::Total, DocumentOrder::AmountDue, DocumentOrder::Status};
    for (const DocumentFilter::Trash trash : {DocumentFilter::Trash::Exclude, DocumentFilter::Trash::Include}) {
        for (DocumentOrder order : orders) {
            for (bool descending : {true, false}) {
                DocumentFilter filter;
                filter.trash = trash;
                filter.order = order;
                filter.descending = descending;
                INFO("order " << static_cast<int>(order) << (descending ? " descending" : " ascending"));
                const QList<DocumentSummary> all = f.t->context().documents.list(filter, 0, 1000).value();
                const qint64 total = f.t->context().documents.totals(filter).value().count;
                REQUIRE(total == all.size());
                REQUIRE(total > 15);
                for (qsizetype i = 1; i < all.size(); ++i) {
                    int c = compare(keyOf(all.at(i - 1), order), keyOf(all.at(i), order));
                    if (c == 0)
                        c = all.at(i - 1).id < all.at(i).id ? -1 : 1; // ties: by id, same direction
                    INFO("rows " << all.at(i - 1).id << " and " << all.at(i).id);
                    CHECK(c == (descending ? 1 : -1));
                }
                for (qint64 limit : {1, 4}) {
                    QList<qint64> forwards, backwards;
                    for (qint64 offset = 0; offset < total; offset += limit)
                        forwards += ids(f.t->context().documents.list(filter, offset, limit).value());
                    for (qint64 fromEnd = 0; fromEnd < total; fromEnd += limit)
                        backwards = ids(f.t->context().documents.listFromEnd(filter, fromEnd, limit).value())
                            + backwards;
                    CHECK(forwards == ids(all));
                    CHECK(backwards == ids(all));
                }
            }
        }
    }
    // Money sorts by its value, not its text: the €1,200.00 draft after the €999.00 ones... and
    // a credit note, shown negative, first.
    DocumentFilter byTotal;
    byTotal.order = DocumentOrder::Total;
    byTotal.descending = false;
    const QList<DocumentSummary> ascending = f.t->context().documents.list(byTotal, 0, 1000).value();
    CHECK(ascending.first().type == DocumentType::CreditNote);
    CHECK(ascending.last().id == f.drafts.last());
    // A text search in another order than newest first still finds every hit, in that order.
    DocumentFilter search;
    search.search = QStringLiteral("job");
    search.order = DocumentOrder::Customer;
    search.descending = false;
    const QList<DocumentSummary> jobs = f.t->context().documents.list(search, 0, 1000).value();
    CHECK(jobs.size() == f.t->context().documents.totals(search).value().count);
    CHECK(jobs.size() >= 12);
    CHECK(jobs.first().customerName == QStringLiteral("alpha Plomberie"));
}

TEST_CASE("the totals of each list count only what they say: drafts apart, credit notes deducted")
{
    MixedFile f;
    auto check = [&](const DocumentFilter &filter) {
        const QList<DocumentSummary> rows = f.t->context().documents.list(filter, 0, 1000).value();
        DocumentTotalsRow expected;
        for (const DocumentSummary &s : rows) {
            ++expected.count;
            const qint64 sign = s.type == DocumentType::CreditNote ? -1 : 1;
            if (s.status == DocumentStatus::Draft) {
                ++expected.drafts;
                expected.draftGross += sign * s.totalGross;
                continue;
            }
            expected.net += sign * s.totalNet;
            expected.tax += sign * s.totalTax;
            expected.gross += sign * s.totalGross;
            expected.due += sign * s.amountDue;
        }
        const DocumentTotalsRow t = f.t->context().documents.totals(filter).value();
        CHECK(t.count == expected.count);
        CHECK(t.net == expected.net);
        CHECK(t.tax == expected.tax);
        CHECK(t.gross == expected.gross);
        CHECK(t.due == expected.due);
        CHECK(t.drafts == expected.drafts);
        CHECK(t.draftGross == expected.draftGross);
        return t;
    };
    const DocumentTotalsRow all = check({});
    CHECK(all.drafts == 2); // one more is in the trash
    CHECK(all.due > 0);
    DocumentFilter drafts;
    drafts.statuses = {DocumentStatus::Draft};
    const DocumentTotalsRow draftTotals = check(drafts);
    CHECK(draftTotals.due == 0); // drafts are not due
    CHECK(draftTotals.gross == 0);
    CHECK(draftTotals.draftGross == 120000 + f.t->context().documents.find(f.drafts.at(1)).value().totalGross);
    DocumentFilter open;
    open.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid};
    open.type = DocumentType::Invoice;
    const DocumentTotalsRow openTotals = check(open);
    CHECK(openTotals.drafts == 0);
    DocumentFilter paid;
    paid.statuses = {DocumentStatus::Paid};
    CHECK(check(paid).due == 0);
    DocumentFilter creditNotes;
    creditNotes.type = DocumentType::CreditNote;
    const DocumentTotalsRow notes = check(creditNotes);
    CHECK(notes.gross < 0);
    CHECK(notes.due < 0); // owed back to the customer
    DocumentFilter credited;
    credited.statuses = {DocumentStatus::Credited, DocumentStatus::Refunded};
    check(credited);
    DocumentFilter trash;
    trash.trash = DocumentFilter::Trash::Only;
    const DocumentTotalsRow trashTotals = check(trash);
    CHECK(trashTotals.count == 1);
    CHECK(trashTotals.due == 0);
    DocumentFilter overdue;
    overdue.overdueAsOf = f.t.clock().today().addDays(60);
    CHECK(check(overdue).due == openTotals.due);
}

TEST_CASE("a typed amount finds the documents whose total or amount due it is, credit notes too")
{
    MixedFile f;
    auto idsOf = [&](qint64 amount) {
        DocumentFilter filter;
        filter.amount = amount;
        const QList<qint64> found = ids(f.t->context().documents.list(filter, 0, 100).value());
        CHECK(f.t->context().documents.totals(filter).value().count == found.size());
        return QSet<qint64>(found.cbegin(), found.cend());
    };
    const QList<DocumentSummary> everything = f.t->context().documents.list({}, 0, 1000).value();
    for (const DocumentSummary &s : everything) {
        INFO("document " << s.id);
        CHECK(idsOf(s.totalGross).contains(s.id));
        if (s.status != DocumentStatus::Draft && s.amountDue > 0)
            CHECK(idsOf(s.amountDue).contains(s.id));
    }
    const Document note = f.t->context().documents.find(f.creditNote).value();
    CHECK(idsOf(note.totalGross).contains(note.id));
    CHECK(idsOf(1).isEmpty());
    // The draft estimate's total finds it, but it is not among the open invoices.
    CHECK(idsOf(120000).contains(f.drafts.last()));
    DocumentFilter dueOnly;
    dueOnly.amount = 120000; // the draft estimate
    dueOnly.statuses = {DocumentStatus::Posted, DocumentStatus::PartiallyPaid};
    CHECK(f.t->context().documents.list(dueOnly, 0, 10).value().isEmpty());
}
