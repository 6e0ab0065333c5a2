#include "DashboardService.h"
#include "IntegrityCheck.h"
#include "LedgerTestHelpers.h"
#include "ReportService.h"
#include "SqlStatement.h"

#include <QMap>

#include <array>
#include <iostream>
#include <random>

using namespace LedgerTest;

// The maintained summaries of migration 0006 (receivables per due date, per customer and due
// date, invoiced and collected per day) against figures the test recomputes itself from the
// documents and payments, after every step of a random run of postings, payments, reversals,
// credit notes, refunds and drafts sent to the trash over several months. The dashboard and the
// aged receivables report, which read the summaries, must give the recomputed figures too.
//
// Reproduce a failure with the seed it prints: FACTURO_PROPERTY_SEED=<seed> core_tests "[summaries]".

namespace {
constexpr unsigned DefaultSeed = 20260421u;
constexpr int Steps = 600;

struct Doc
{
    qint64 id = 0;
    bool invoice = true;
    QString status;
    qint64 customer = 0;
    QString issue; // empty: none
    QString due; // empty: none
    qint64 gross = 0, paid = 0, credited = 0, creditedDoc = 0;
    bool open() const
    {
        return invoice && (status == QLatin1String("posted") || status == QLatin1String("partially_paid"));
    }
    qint64 owing() const { return gross - paid - credited; }
};

struct Pay
{
    qint64 doc = 0;
    QString kind;
    qint64 amount = 0;
    QString date;
};

struct Files
{
    QList<Doc> docs;
    QList<Pay> payments;
};

Files readFiles(TestLedger &t)
{
    Files f;
    {
        SqlStatement q(t->database(), "SELECT id, doc_type, status, customer_id, coalesce(issue_date, ''), "
                                      "coalesce(due_date, ''), total_gross, amount_paid, amount_credited, "
                                      "coalesce(credited_document_id, 0) FROM documents");
        REQUIRE(q.exec(QStringLiteral("read the documents")).ok());
        while (q.next())
            f.docs.append({q.integer(0), q.text(1) == QLatin1String("invoice"), q.text(2), q.integer(3), q.text(4),
                q.text(5), q.integer(6), q.integer(7), q.integer(8), q.integer(9)});
    }
    SqlStatement q(t->database(), "SELECT document_id, kind, amount, payment_date FROM payments");
    REQUIRE(q.exec(QStringLiteral("read the payments")).ok());
    while (q.next())
        f.payments.append({q.integer(0), q.text(1), q.integer(2), q.text(3)});
    return f;
}

using Row = QList<qint64>;

QMap<QString, Row> stored(TestLedger &t, const QString &sql, int keys)
{
    QMap<QString, Row> rows;
    SqlStatement q(t->database(), sql);
    INFO(str(sql));
    REQUIRE(q.exec(QStringLiteral("read a summary")).ok());
    const int columns = static_cast<int>(sql.section(QLatin1String(" FROM "), 0, 0).count(QLatin1Char(',')) + 1);
    while (q.next()) {
        QStringList key;
        for (int i = 0; i < keys; ++i)
            key << q.text(i);
        Row values;
        for (int i = keys; i < columns; ++i)
            values << q.integer(i);
        rows.insert(key.join(QLatin1Char('|')), values);
    }
    return rows;
}

std::string text(const QMap<QString, Row> &rows)
{
    std::string out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        out += it.key().toStdString() + ":";
        for (qint64 v : it.value())
            out += " " + std::to_string(v);
        out += "\n";
    }
    return out;
}

void add(QMap<QString, Row> &rows, const QString &key, const Row &values)
{
    Row &row = rows[key];
    row.resize(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        row[i] += values[i];
}

int bucketOf(const QString &due, const QDate &day)
{
    const qint64 days = QDate::fromString(due, Qt::ISODate).daysTo(day);
    return days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
}

// Every summary row equals the recomputation, and there is no other row.
void checkSummaries(TestLedger &t, const Files &f)
{
    QMap<QString, Row> byDue, byCustomer, byDay;
    for (const Doc &d : f.docs) {
        if (d.open())
            add(byDue, d.due, {1, d.owing()});
        const bool owing = d.open() || (!d.invoice && d.status == QLatin1String("posted"));
        if (owing && d.owing() != 0)
            add(byCustomer, QString::number(d.customer) + QLatin1Char('|') + (d.invoice ? d.due : QString()),
                {1, d.invoice ? d.owing() : -d.owing()});
        if (d.invoice && d.status != QLatin1String("draft") && !d.issue.isEmpty())
            add(byDay, d.issue, {1, d.gross, 0, 0});
    }
    for (const Pay &p : f.payments)
        if (p.kind != QLatin1String("refund"))
            add(byDay, p.date, {0, 0, 1, p.amount});
    const auto dueRows
        = stored(t, QStringLiteral("SELECT due_date, open_count, open_amount FROM receivables_by_due"), 1);
    INFO("stored per due date:\n" << text(dueRows) << "expected:\n" << text(byDue));
    CHECK(dueRows == byDue);
    const auto customerRows = stored(
        t, QStringLiteral("SELECT customer_id, due_date, open_count, open_amount FROM receivables_by_customer_due"), 2);
    INFO("stored per customer:\n" << text(customerRows) << "expected:\n" << text(byCustomer));
    CHECK(customerRows == byCustomer);
    const auto dayRows = stored(
        t, QStringLiteral("SELECT day, invoice_count, invoiced, payment_count, collected FROM figures_by_day"), 1);
    INFO("stored per day:\n" << text(dayRows) << "expected:\n" << text(byDay));
    CHECK(dayRows == byDay);
}

// The dashboard's figures, aging and months, recomputed from the rows (a missing due date is
// aged in the last bucket, as the dashboard always did).
void checkDashboard(TestLedger &t, const Files &f)
{
    const QDate today = t.clock().today();
    const auto data = need(DashboardService(t->database()).load(today, 12));
    qint64 count[5] = {}, amount[5] = {};
    for (const Doc &d : f.docs) {
        if (!d.open())
            continue;
        const int b = d.due.isEmpty() ? 4 : bucketOf(d.due, today);
        ++count[b];
        amount[b] += d.owing();
    }
    REQUIRE(data.aging.size() == 5);
    for (int b = 0; b < 5; ++b) {
        INFO("bucket " << b);
        CHECK(data.aging[b].count == count[b]);
        CHECK(data.aging[b].amount == amount[b]);
    }
    CHECK(data.figures.outstanding == amount[0] + amount[1] + amount[2] + amount[3] + amount[4]);
    CHECK(data.figures.overdue == amount[1] + amount[2] + amount[3] + amount[4]);
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    const QString todayText = today.toString(Qt::ISODate);
    qint64 collectedThisMonth = 0;
    QMap<QString, qint64> invoiced, collected;
    for (const Pay &p : f.payments) {
        if (p.kind == QLatin1String("refund") || p.date > todayText)
            continue;
        collected[p.date.left(7)] += p.amount;
        if (p.date.startsWith(thisMonth))
            collectedThisMonth += p.amount;
    }
    for (const Doc &d : f.docs)
        if (d.invoice && d.status != QLatin1String("draft") && !d.issue.isEmpty() && d.issue <= todayText)
            invoiced[d.issue.left(7)] += d.gross;
    CHECK(data.figures.collectedThisMonth == collectedThisMonth);
    REQUIRE(data.months.size() == 12);
    for (const MonthFigures &m : data.months) {
        const QString key = m.month.toString(QStringLiteral("yyyy-MM"));
        INFO("month " << str(key));
        CHECK(m.invoiced == invoiced.value(key));
        CHECK(m.collected == collected.value(key));
    }
}

// The aged receivables on `asOf`, recomputed: what each posted document still owed that day
// (payments dated up to the day, credit notes issued up to the day).
void checkAged(TestLedger &t, const Files &f, const QDate &asOf)
{
    INFO("aged receivables as of " << str(asOf.toString(Qt::ISODate)));
    const QString day = asOf.toString(Qt::ISODate);
    QMap<qint64, std::array<qint64, 6>> expected; // 5 buckets and the number of documents
    qint64 documents = 0;
    for (const Doc &d : f.docs) {
        if (d.status == QLatin1String("draft") || d.issue.isEmpty() || d.issue > day)
            continue;
        // A document is looked at when it is open now (an invoice posted or partly paid, a
        // credit note posted and not settled) or when it was paid or credited after the day; a
        // paid, credited or refunded one that nothing changed since is settled.
        bool changedLater = false;
        qint64 open = d.gross - (d.invoice ? 0 : d.credited);
        for (const Pay &p : f.payments) {
            if (p.doc != d.id)
                continue;
            if (p.date <= day)
                open -= p.amount;
            else
                changedLater = true;
        }
        if (d.invoice)
            for (const Doc &n : f.docs) {
                if (n.creditedDoc != d.id || n.status == QLatin1String("draft"))
                    continue;
                if (n.issue <= day)
                    open -= n.credited;
                else
                    changedLater = true;
            }
        const bool openNow = d.open() || (!d.invoice && d.status == QLatin1String("posted") && d.owing() != 0);
        if (open == 0 || !(openNow || changedLater))
            continue;
        const int b = !d.invoice || d.due.isEmpty() ? 0 : bucketOf(d.due, asOf);
        expected[d.customer][b] += d.invoice ? open : -open;
        ++expected[d.customer][5];
        ++documents;
    }
    ReportService reports(t->context());
    const ReportTable table = need(reports.agedReceivables(asOf));
    REQUIRE(table.rows.size() == expected.size());
    const char *keys[] = {"current", "days_1_30", "days_31_60", "days_61_90", "days_90_plus"};
    qint64 totals[5] = {};
    for (int r = 0; r < table.rows.size(); ++r) {
        const qint64 customer = table.integer(r, QStringLiteral("customer_id"));
        INFO("customer " << customer);
        REQUIRE(expected.contains(customer));
        for (int b = 0; b < 5; ++b) {
            CHECK(table.integer(r, QString::fromLatin1(keys[b])) == expected[customer][b]);
            totals[b] += expected[customer][b];
        }
    }
    for (int b = 0; b < 5; ++b)
        CHECK(table.total(QString::fromLatin1(keys[b])) == totals[b]);
    CHECK(table.figure(QStringLiteral("documents")).toLongLong() == documents);
}

unsigned seedOf()
{
    bool ok = false;
    const unsigned fromEnvironment = qEnvironmentVariable("FACTURO_PROPERTY_SEED").toUInt(&ok);
    return ok ? fromEnvironment : DefaultSeed;
}
} // namespace

TEST_CASE("property: the maintained summaries equal the figures recomputed from the documents after every step",
    "[property][summaries]")
{
    const unsigned seed = seedOf();
    std::cout << "summary property test: seed " << seed << " (set FACTURO_PROPERTY_SEED to reproduce)\n";
    INFO("seed " << seed);
    std::mt19937 random(seed);
    auto between = [&](qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(random); };
    TestLedger t;
    const QList<qint64> customers
        = {t.customerId(), t.addCustomer(QStringLiteral("Hôtel du Parc"), QStringLiteral("FR83404833048")),
            t.addCustomer(QStringLiteral("Garage Gerland"), QStringLiteral("FR57399788716"))};
    QList<qint64> invoices, creditNotes, payments;
    int posted = 0, paid = 0, reversed = 0, credited = 0, refunded = 0, trashed = 0;

    auto newDraft = [&] {
        const qint64 id = need(t->drafts().createInvoice(customers[between(0, 2)]));
        const int lines = static_cast<int>(between(1, 3));
        for (int i = 0; i < lines; ++i)
            need(t->drafts().addLine(id,
                makeLine(QStringLiteral("Service %1").arg(i), QString::number(between(1, 4)),
                    QString::number(between(10, 900)))));
        if (between(0, 2) == 0) {
            Document header = load(t, id);
            header.paymentTermsDays = static_cast<int>(between(0, 2) * 30);
            (void)t->drafts().updateHeader(header); // a refused term leaves the default
        }
        return id;
    };

    for (int step = 0; step < Steps; ++step) {
        INFO("step " << step << " on " << str(t.clock().today().toString(Qt::ISODate)));
        const qint64 action = between(1, 100);
        if (action <= 28) {
            const qint64 id = newDraft();
            post(t, id);
            invoices.append(id);
            ++posted;
        } else if (action <= 48 && !invoices.isEmpty()) {
            const qint64 id = invoices[between(0, invoices.size() - 1)];
            const qint64 due = load(t, id).amountDue();
            if (due > 0) {
                const qint64 amount = between(0, 1) ? due : between(1, due);
                auto payment
                    = t->payments().registerPayment(paymentOf(id, amount, t.clock().today().addDays(-between(0, 40))));
                if (payment.ok()) {
                    payments.append(payment.value());
                    ++paid;
                }
            }
        } else if (action <= 55 && !payments.isEmpty()) {
            const qint64 payment = payments.takeAt(between(0, payments.size() - 1));
            if (t->payments().reverse(payment, QStringLiteral("Returned by the bank")).ok())
                ++reversed;
        } else if (action <= 65 && !invoices.isEmpty()) {
            const qint64 id = invoices[between(0, invoices.size() - 1)];
            const Document invoice = load(t, id);
            QHash<qint64, qint64> quantities;
            if (between(0, 1) && !invoice.lines.isEmpty())
                quantities.insert(invoice.lines.first().id, 1000);
            auto note = t->creditNotes().createDraft(id, QStringLiteral("Correction"), quantities);
            if (note.ok() && t->posting().post(note.value()).ok()) {
                creditNotes.append(note.value());
                ++credited;
            }
        } else if (action <= 72 && !creditNotes.isEmpty()) {
            // The first credit note from a random place on that still owes the customer money.
            const qsizetype start = between(0, creditNotes.size() - 1);
            for (qsizetype i = 0; i < creditNotes.size(); ++i) {
                const qint64 note = creditNotes[(start + i) % creditNotes.size()];
                const qint64 owed = load(t, note).amountDue();
                if (owed <= 0)
                    continue;
                if (t->payments().refund(paymentOf(note, between(0, 1) ? owed : between(1, owed))).ok())
                    ++refunded;
                break;
            }
        } else if (action <= 80) {
            const qint64 id = newDraft();
            if (between(0, 1)) {
                need(t->drafts().moveToTrash(id));
                ++trashed;
                if (between(0, 3) == 0)
                    need(t->drafts().restore(id));
            }
        } else {
            t.clock().advanceDays(static_cast<int>(between(1, 4)));
        }
        const Files files = readFiles(t);
        checkSummaries(t, files);
        checkDashboard(t, files);
        checkAged(t, files, t.clock().today());
        checkAged(t, files, t.clock().today().addDays(-between(1, 120)));
    }
    std::cout << "summary property test: " << posted << " invoices, " << paid << " payments, " << reversed
              << " reversals, " << credited << " credit notes, " << refunded << " refunds, " << trashed
              << " drafts trashed, until " << t.clock().today().toString(Qt::ISODate).toStdString() << "\n";
    CHECK(posted > 50);
    CHECK(paid > 30);
    CHECK(reversed > 5);
    CHECK(credited > 5);
    CHECK(refunded > 2);
    CHECK(t.clock().today() > QDate(2026, 6, 1));
}

TEST_CASE("check names the first summary row that differs from the documents", "[summaries]")
{
    TestLedger t;
    const QString number = t.postNew(QStringLiteral("100"));
    const qint64 id = need(t->context().documents.idByNumber(number));
    need(t->payments().registerPayment(paymentOf(id, 2000)));
    const QString due = QString::number(load(t, id).amountDue());
    auto run = [&] {
        IntegrityCheck check(t->context(), t->audit());
        return need(check.run(true));
    };
    CHECK(run().ok());

    SECTION("an open amount changed by hand")
    {
        t.tamper({QStringLiteral("UPDATE receivables_by_due SET open_amount = open_amount + 1")});
        const IntegrityReport report = run();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("receivables summary differs")));
        CHECK(report.problems.first().contains(
            QStringLiteral("1 invoice(s), %1 open in the summary; the documents say 1, %2")
                .arg(QString::number(due.toLongLong() + 1), due)));
    }
    SECTION("a customer row removed")
    {
        t.tamper({QStringLiteral("DELETE FROM receivables_by_customer_due")});
        const IntegrityReport report = run();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("per customer differs")));
        CHECK(report.problems.first().contains(
            QStringLiteral("0 document(s), 0 open in the summary; the documents say 1, %1").arg(due)));
    }
    SECTION("a day's payments forgotten")
    {
        t.tamper({QStringLiteral("UPDATE figures_by_day SET payment_count = 0, collected = 0")});
        const IntegrityReport report = run();
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("daily figures differ: day 2026-03-10")));
    }
}
