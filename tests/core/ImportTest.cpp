#include "LedgerTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace LedgerTest;

namespace {
const QByteArray exampleJob = R"({"job_id":"J-1042","customer":{"name":"Hôtel du Parc","email":"compta@hotelduparc.fr",
"address":"1 avenue du Parc\n75001 Paris","vat_id":"FR15345678901"},"completed_at":"2026-03-09T16:30:00Z",
"description":"Annual AC maintenance","report":"Replaced filter, checked pressure",
"labor":[{"technician":"Luc","date":"2026-03-09","hours":"2.5","rate":"65.00"}],
"parts":[{"sku":"FLT-200","description":"Air filter","quantity":2,"unit_price":"18.90","tax_rate":"20"}]})";

QJsonObject example()
{
    return QJsonDocument::fromJson(exampleJob).object();
}

// The example job with another id and customer.
QJsonObject job(const QString &jobId, const QJsonObject &customer)
{
    QJsonObject o = example();
    o.insert(QStringLiteral("job_id"), jobId);
    o.insert(QStringLiteral("customer"), customer);
    return o;
}

QJsonObject customer(const QString &name, const QString &email, const QString &vatId = {})
{
    QJsonObject c {{QStringLiteral("name"), name}, {QStringLiteral("email"), email},
        {QStringLiteral("address"), QStringLiteral("2 rue de la Paix\n75002 Paris")}};
    if (!vatId.isEmpty())
        c.insert(QStringLiteral("vat_id"), vatId);
    return c;
}

QByteArray json(const QJsonArray &jobs)
{
    return QJsonDocument(jobs).toJson(QJsonDocument::Compact);
}

qint64 customerCount(TestLedger &t)
{
    return need(t->context().customers.count());
}

// Imports `input`, expects it refused, and checks that nothing changed.
QString refusedImport(TestLedger &t, const QByteArray &input)
{
    const QString before = t.dump();
    auto refused = t->jobImport().importJson(input);
    REQUIRE_FALSE(refused.ok());
    CHECK(t.dump() == before);
    return refused.message();
}
} // namespace

TEST_CASE("a job imported as one object becomes a Done service order with a new customer")
{
    TestLedger t;
    const qint64 customersBefore = customerCount(t);
    const QList<ImportedJob> imported = need(t->jobImport().importJson(exampleJob));
    REQUIRE(imported.size() == 1);
    CHECK(imported[0].jobId == QStringLiteral("J-1042"));
    CHECK(imported[0].customerCreated);
    CHECK(customerCount(t) == customersBefore + 1);

    const Customer c = need(t->context().customers.find(imported[0].customerId));
    CHECK(c.name == QStringLiteral("Hôtel du Parc"));
    CHECK(c.billingAddress == QStringLiteral("1 avenue du Parc\n75001 Paris"));
    CHECK(c.vatId == QStringLiteral("FR15345678901"));
    CHECK(c.primaryEmail() == QStringLiteral("compta@hotelduparc.fr"));

    const ServiceOrder o = need(t->context().orders.find(imported[0].serviceOrderId));
    CHECK(o.jobRef == QStringLiteral("J-1042"));
    CHECK(o.status == OrderStatus::Done);
    CHECK(o.customerId == c.id);
    CHECK(o.completedAt == QDateTime(QDate(2026, 3, 9), QTime(16, 30), Qt::UTC));
    CHECK(o.report == QStringLiteral("Replaced filter, checked pressure"));
    REQUIRE(o.timeEntries.size() == 1);
    CHECK(o.timeEntries[0].technician == QStringLiteral("Luc"));
    CHECK(o.timeEntries[0].workDate == QDate(2026, 3, 9));
    CHECK(o.timeEntries[0].hours == Quantity::fromScaled(2500));
    CHECK(o.timeEntries[0].hourlyRate == UnitPrice::fromInteger(65));
    REQUIRE(o.parts.size() == 1);
    CHECK(o.parts[0].sku == QStringLiteral("FLT-200"));
    CHECK(o.parts[0].quantity == Quantity::fromInteger(2));
    CHECK(o.parts[0].unitPrice == UnitPrice::fromScaled(189000));
    CHECK(o.parts[0].taxRate == Percentage::fromInteger(20));
    CHECK(o.parts[0].taxCategory == TaxCategory::Standard);
}

TEST_CASE("an array of jobs reuses known customers by name and email or by VAT id")
{
    TestLedger t;
    const qint64 customersBefore = customerCount(t);
    QJsonArray jobs;
    // The set-up customer, by name and email (no VAT id given).
    jobs.append(job(QStringLiteral("J-1"),
        customer(QStringLiteral("Boulangerie Martin SARL"), QStringLiteral("compta@example.fr"))));
    // The set-up customer again, by VAT id under another name.
    jobs.append(job(QStringLiteral("J-2"),
        customer(QStringLiteral("Boulangerie Martin"), QStringLiteral("other@example.fr"),
            QStringLiteral("FR40303265045"))));
    // Same name, another email, no VAT id: someone else.
    jobs.append(job(QStringLiteral("J-3"),
        customer(QStringLiteral("Boulangerie Martin SARL"), QStringLiteral("boss@elsewhere.fr"))));
    // A new customer, then the same one again in the same file.
    jobs.append(
        job(QStringLiteral("J-4"), customer(QStringLiteral("Garage Lenoir"), QStringLiteral("info@lenoir.fr"))));
    jobs.append(
        job(QStringLiteral("J-5"), customer(QStringLiteral("garage lenoir"), QStringLiteral("INFO@lenoir.fr"))));

    const QList<ImportedJob> imported = need(t->jobImport().importJson(json(jobs)));
    REQUIRE(imported.size() == 5);
    CHECK(imported[0].customerId == t.customerId());
    CHECK_FALSE(imported[0].customerCreated);
    CHECK(imported[1].customerId == t.customerId());
    CHECK_FALSE(imported[1].customerCreated);
    CHECK(imported[2].customerCreated);
    CHECK(imported[2].customerId != t.customerId());
    CHECK(imported[3].customerCreated);
    CHECK_FALSE(imported[4].customerCreated);
    CHECK(imported[4].customerId == imported[3].customerId);
    CHECK(customerCount(t) == customersBefore + 2);
    for (const ImportedJob &j : imported)
        CHECK(need(t->context().orders.find(j.serviceOrderId)).jobRef == j.jobId);
}

TEST_CASE("importing the same job twice is refused")
{
    TestLedger t;
    need(t->jobImport().importJson(exampleJob));
    const QString again = refusedImport(t, exampleJob);
    INFO(str(again));
    CHECK(again.contains(QStringLiteral("J-1042")));
    CHECK(again.contains(QStringLiteral("already imported")));

    // Twice in one file, neither is imported.
    QJsonArray twice;
    twice.append(job(QStringLiteral("J-7"), customer(QStringLiteral("A"), QStringLiteral("a@a.fr"))));
    twice.append(job(QStringLiteral("J-7"), customer(QStringLiteral("A"), QStringLiteral("a@a.fr"))));
    const QString duplicate = refusedImport(t, json(twice));
    CHECK(duplicate.contains(QStringLiteral("J-7")));
}

TEST_CASE("one bad job in an array imports nothing and the message names the job and the field")
{
    TestLedger t;
    const QJsonObject good
        = job(QStringLiteral("J-1"), customer(QStringLiteral("Garage Lenoir"), QStringLiteral("info@lenoir.fr")));

    SECTION("hours with four decimals")
    {
        QJsonObject bad = job(QStringLiteral("J-2"), customer(QStringLiteral("Café Bleu"), QStringLiteral("a@b.fr")));
        QJsonArray labor = bad.value(QStringLiteral("labor")).toArray();
        QJsonObject entry = labor.at(0).toObject();
        entry.insert(QStringLiteral("hours"), QStringLiteral("1.2345"));
        labor.replace(0, entry);
        bad.insert(QStringLiteral("labor"), labor);
        const QString message = refusedImport(t, json({good, bad}));
        INFO(str(message));
        CHECK(message.contains(QStringLiteral("J-2")));
        CHECK(message.contains(QStringLiteral("labor[1].hours")));
        CHECK(message.contains(QStringLiteral("1.2345")));
    }
    SECTION("completed_at missing")
    {
        QJsonObject bad = job(QStringLiteral("J-3"), customer(QStringLiteral("Café Bleu"), QStringLiteral("a@b.fr")));
        bad.remove(QStringLiteral("completed_at"));
        const QString message = refusedImport(t, json({good, bad}));
        INFO(str(message));
        CHECK(message.contains(QStringLiteral("J-3")));
        CHECK(message.contains(QStringLiteral("completed_at")));
    }
    SECTION("a part price that is not a number")
    {
        QJsonObject bad = job(QStringLiteral("J-4"), customer(QStringLiteral("Café Bleu"), QStringLiteral("a@b.fr")));
        QJsonArray parts = bad.value(QStringLiteral("parts")).toArray();
        QJsonObject part = parts.at(0).toObject();
        part.insert(QStringLiteral("unit_price"), QStringLiteral("12,50"));
        parts.replace(0, part);
        bad.insert(QStringLiteral("parts"), parts);
        const QString message = refusedImport(t, json({bad, good}));
        INFO(str(message));
        CHECK(message.contains(QStringLiteral("J-4")));
        CHECK(message.contains(QStringLiteral("parts[1].unit_price")));
    }
    SECTION("garbage instead of JSON")
    {
        const QString message = refusedImport(t, QByteArrayLiteral("{\"job_id\": \"J-9\", labor: [}"));
        INFO(str(message));
        CHECK(message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("an empty array")
    {
        CHECK(refusedImport(t, QByteArrayLiteral("[]")).contains(QStringLiteral("no job")));
    }
    CHECK(need(t->context().orders.idByJobRef(QStringLiteral("J-1"))) == 0);
}

TEST_CASE("decimals may come as JSON strings or numbers")
{
    TestLedger t;
    QJsonObject numbers = job(QStringLiteral("J-N"), customer(QStringLiteral("Café Bleu"), QStringLiteral("a@b.fr")));
    numbers.insert(QStringLiteral("labor"),
        QJsonArray {QJsonObject {{QStringLiteral("technician"), QStringLiteral("Luc")},
            {QStringLiteral("date"), QStringLiteral("2026-03-09")}, {QStringLiteral("hours"), 2.5},
            {QStringLiteral("rate"), 65}}});
    numbers.insert(QStringLiteral("parts"),
        QJsonArray {QJsonObject {{QStringLiteral("description"), QStringLiteral("Air filter")},
            {QStringLiteral("quantity"), 0.125}, {QStringLiteral("unit_price"), 18.9},
            {QStringLiteral("tax_rate"), 5.5}}});
    QJsonObject strings = numbers;
    strings.insert(QStringLiteral("job_id"), QStringLiteral("J-S"));
    strings.insert(QStringLiteral("labor"),
        QJsonArray {QJsonObject {{QStringLiteral("technician"), QStringLiteral("Luc")},
            {QStringLiteral("date"), QStringLiteral("2026-03-09")}, {QStringLiteral("hours"), QStringLiteral("2.500")},
            {QStringLiteral("rate"), QStringLiteral("65")}}});
    strings.insert(QStringLiteral("parts"),
        QJsonArray {QJsonObject {{QStringLiteral("description"), QStringLiteral("Air filter")},
            {QStringLiteral("quantity"), QStringLiteral("0.125")},
            {QStringLiteral("unit_price"), QStringLiteral("18.90")},
            {QStringLiteral("tax_rate"), QStringLiteral("5.50")}}});
    const QList<ImportedJob> imported = need(t->jobImport().importJson(json({numbers, strings})));
    REQUIRE(imported.size() == 2);
    for (const ImportedJob &j : imported) {
        INFO(str(j.jobId));
        const ServiceOrder o = need(t->context().orders.find(j.serviceOrderId));
        REQUIRE(o.timeEntries.size() == 1);
        CHECK(o.timeEntries[0].hours == Quantity::fromScaled(2500));
        CHECK(o.timeEntries[0].hourlyRate == UnitPrice::fromScaled(650000));
        REQUIRE(o.parts.size() == 1);
        CHECK(o.parts[0].quantity == Quantity::fromScaled(125));
        CHECK(o.parts[0].unitPrice == UnitPrice::fromScaled(189000));
        CHECK(o.parts[0].taxRate == Percentage::fromScaled(550));
    }
    // A number with more decimals than a quantity holds is refused, not rounded.
    QJsonObject tooFine = job(QStringLiteral("J-F"), customer(QStringLiteral("Café Bleu"), QStringLiteral("a@b.fr")));
    tooFine.insert(QStringLiteral("parts"),
        QJsonArray {QJsonObject {{QStringLiteral("description"), QStringLiteral("Air filter")},
            {QStringLiteral("quantity"), 0.0005}, {QStringLiteral("unit_price"), 1},
            {QStringLiteral("tax_rate"), 20}}});
    CHECK(refusedImport(t, QJsonDocument(tooFine).toJson()).contains(QStringLiteral("parts[1].quantity")));
}

TEST_CASE("an imported job becomes a draft invoice once: labor from time entries, parts from parts")
{
    TestLedger t;
    const qint64 order = need(t->jobImport().importJson(exampleJob)).at(0).serviceOrderId;
    const qint64 draft = need(t->drafts().createFromOrder(order));
    const Document d = load(t, draft);
    CHECK(d.isDraft());
    CHECK(d.serviceOrderId == order);
    CHECK(d.customerName == QStringLiteral("Hôtel du Parc"));
    CHECK(d.serviceDate == QDate(2026, 3, 9));
    REQUIRE(d.lines.size() == 2);
    CHECK(d.lines[0].kind == LineKind::Labor);
    CHECK(d.lines[0].quantity == Quantity::fromScaled(2500));
    CHECK(d.lines[0].unitPrice == UnitPrice::fromInteger(65));
    CHECK(d.lines[0].taxRate == Percentage::fromInteger(20)); // the default rate of the file
    CHECK_FALSE(d.lines[0].description.contains(QStringLiteral("Luc"))); // technicians are named only on request
    CHECK(d.customerReference == QStringLiteral("J-1042"));
    CHECK(d.lines[1].kind == LineKind::Part);
    CHECK(d.lines[1].description.contains(QStringLiteral("FLT-200")));
    CHECK(d.lines[1].description.contains(QStringLiteral("Air filter")));
    CHECK(d.lines[1].quantity == Quantity::fromInteger(2));
    CHECK(d.lines[1].unitPrice == UnitPrice::fromScaled(189000));
    // 2.5 h × 65.00 = 162.50; 2 × 18.90 = 37.80; net 200.30, VAT 20 % 40.06, gross 240.36.
    CHECK(d.totalNet == 20030);
    CHECK(d.totalTax == 4006);
    CHECK(d.totalGross == 24036);

    const ServiceOrder invoiced = need(t->context().orders.find(order));
    CHECK(invoiced.status == OrderStatus::Invoiced);
    CHECK(invoiced.invoiceId == draft);

    QString before = t.dump();
    auto twice = t->drafts().createFromOrder(order);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind() == ErrorKind::Conflict);
    CHECK(t.dump() == before);

    // An order still in progress cannot be invoiced.
    ServiceOrder open;
    open.customerId = t.customerId();
    open.description = QStringLiteral("Leak search");
    open.timeEntries.append({0, QStringLiteral("Luc"), QDate(2026, 3, 10), Quantity::fromInteger(1),
        UnitPrice::fromInteger(65), QString()});
    const qint64 openId = need(t->orders().create(open));
    need(t->orders().setStatus(openId, OrderStatus::InProgress));
    before = t.dump();
    auto notDone = t->drafts().createFromOrder(openId);
    REQUIRE_FALSE(notDone.ok());
    CHECK(notDone.error().kind() == ErrorKind::Refused);
    INFO(str(notDone.message()));
    CHECK(notDone.message().contains(QStringLiteral("Done")));
    CHECK(t.dump() == before);

    // The draft posts like any other invoice.
    CHECK(need(t->posting().post(draft)) == QStringLiteral("INV-2026-00001"));
}
