#include "DemoCompany.h"

#include "Clock.h"
#include "Ledger.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>

#include <functional>

namespace {
struct DemoCustomer
{
    const char *name;
    const char *address;
    const char *vatId;
    const char *contact;
    const char *email;
    int terms; // 0: the company's
};

const DemoCustomer Customers[] = {
    {"Harbour View Hotel", "2 Marine Parade\nDún Laoghaire, Co. Dublin A96 K2X4", "IE8251135U", "Accounts",
     "accounts@harbourview.example", 30},
    {"Brennan's Bakery", "17 Main Street\nBray, Co. Wicklow A98 F6T2", "IE3668997OH", "Orla Brennan",
     "orla@brennans.example", 14},
    {"St. Anne's Primary School", "Church Road\nKilliney, Co. Dublin A96 P8W3", "", "School office",
     "office@stannes.example", 45},
    {"Quayside Dental Practice", "4 Quay Street\nGalway H91 E2K7", "IE9700053D", "Dr. Niamh Kelly",
     "reception@quaysidedental.example", 0},
    {"Liffey Logistics Ltd", "Unit 12, Park West Business Park\nDublin 12 D12 X9Y1", "IE6433435F", "Facilities",
     "facilities@liffeylogistics.example", 30},
    {"The Copper Kettle Café", "33 William Street\nKilkenny R95 D7F2", "", "Sean Murphy",
     "sean@copperkettle.example", 14},
    {"Greenfield Veterinary Clinic", "Dublin Road\nNaas, Co. Kildare W91 H3C8", "IE4749148U", "Practice manager",
     "admin@greenfieldvets.example", 0},
    {"Atlantic Apartments Management", "Suite 5, Eyre Square House\nGalway H91 T6Y3", "IE3206488LH",
     "Property desk", "property@atlanticapts.example", 30},
    {"O'Connor Family", "9 Seaview Terrace\nHowth, Co. Dublin D13 R4P6", "", "Mary O'Connor",
     "mary.oconnor@example.org", 0},
    {"Riverside Fitness Centre", "Mill Lane\nNewbridge, Co. Kildare W12 N5V1", "IE6388047V", "Gym manager",
     "manager@riversidefitness.example", 30},
    {"Nordic Seafoods Export", "Pier 3, Rossaveal Harbour\nCo. Galway H91 K8A2", "DK13585628", "Lars Jensen",
     "lars@nordicseafoods.example", 45},
    {"Castle Pharmacy", "21 High Street\nTrim, Co. Meath C15 W2E9", "IE1234567T", "Aoife Walsh",
     "aoife@castlepharmacy.example", 14},
};

struct Part
{
    const char *sku;
    const char *description;
    const char *unit;
    qint64 price; // ten-thousandths
};

const Part Parts[] = {
    {"PRT-FLT7", "Air filter F7, 592×592", "pc", 185000},
    {"PRT-TRV", "Thermostatic radiator valve", "pc", 249000},
    {"PRT-PMP", "Circulation pump, A-rated", "pc", 2890000},
    {"PRT-R32", "Refrigerant R32", "kg", 420000},
    {"PRT-EXP", "Expansion vessel 18 l", "pc", 895000},
    {"PRT-THM", "Smart room thermostat", "pc", 1590000},
    {"PRT-ANO", "Magnesium anode rod", "pc", 380000},
    {"PRT-FIT", "Pipe fittings and sundries", "set", 120000},
};

const char *const Jobs[] = {
    "Annual boiler service",      "Heat pump fault: no heating",  "Air conditioning maintenance",
    "Radiator replacement",       "Leak under kitchen sink",      "Ventilation filter change",
    "Hot water cylinder repair",  "Thermostat upgrade",           "Cold room temperature alarm",
    "Gas safety inspection",      "Underfloor heating balancing", "Emergency call-out: boiler lockout",
};

const char *const Technicians[] = {"Ciarán", "Aisling", "Tomasz", "Declan"};

UnitPrice price(qint64 tenThousandths)
{
    return UnitPrice::fromScaled(tenThousandths);
}
} // namespace

Status DemoCompany::create(const QString &path, const QDate &today)
{
    if (QFileInfo::exists(path))
        return Error::conflict(tr("%1 already exists.").arg(path));
    const QDate start = today.addDays(-365);
    FixedClock clock(QDateTime(start, QTime(9, 0), Qt::UTC));
    auto opened = Ledger::open(path, Database::OpenMode::CreateIfMissing, clock);
    if (!opened)
        return opened.error();
    Ledger &ledger = *opened.value();
    Transaction all(ledger.database());
    FACTURO_TRY(all.began());

    CompanySettings company;
    company.name = QStringLiteral("Calder & Finch Services Ltd");
    company.address = QStringLiteral("14 Harbour Road\nDún Laoghaire, Co. Dublin A96 D2V8\nIreland");
    company.vatId = QStringLiteral("IE6388047V");
    company.registration = QStringLiteral("CRO 612345");
    company.email = QStringLiteral("accounts@calderfinch.example");
    company.phone = QStringLiteral("+353 1 555 0142");
    company.website = QStringLiteral("calderfinch.example");
    company.iban = QStringLiteral("IE29AIBK93115212345678");
    company.bic = QStringLiteral("AIBKIE2D");
    company.bankName = QStringLiteral("AIB");
    company.currency = QStringLiteral("EUR");
    company.approvalThreshold = 500000;
    FACTURO_TRY(ledger.setUp(company, QStringLiteral("alex"), Percentage::fromInteger(23)));
    FACTURO_TRY(ledger.signIn(QStringLiteral("alex")));
    User clerk;
    clerk.name = QStringLiteral("sam");
    clerk.fullName = QStringLiteral("Sam Byrne");
    auto clerkId = ledger.settings().addUser(clerk);
    if (!clerkId)
        return clerkId.error();

    auto defaultRate = ledger.context().catalog.defaultTaxRate();
    if (!defaultRate)
        return defaultRate.error();
    const qint64 rateId = defaultRate->id;
    const QList<CatalogItem> catalog = {
        {0, QStringLiteral("LAB-STD"), LineKind::Labor, QStringLiteral("Technician labour"), QStringLiteral("h"),
         price(650000), rateId, 0, true},
        {0, QStringLiteral("LAB-EMG"), LineKind::Labor, QStringLiteral("Emergency call-out labour"),
         QStringLiteral("h"), price(950000), rateId, 0, true},
        {0, QStringLiteral("CALLOUT"), LineKind::Other, QStringLiteral("Call-out fee"), QStringLiteral("pc"),
         price(450000), rateId, 0, true},
        {0, QStringLiteral("SRV-BOIL"), LineKind::Other, QStringLiteral("Annual boiler maintenance contract"),
         QStringLiteral("pc"), price(1490000), rateId, 0, true},
        {0, QStringLiteral("SRV-HVAC"), LineKind::Other, QStringLiteral("HVAC maintenance visit"),
         QStringLiteral("pc"), price(2400000), rateId, 0, true},
    };
    for (const CatalogItem &item : catalog) {
        auto id = ledger.settings().addCatalogItem(item);
        if (!id)
            return id.error();
    }
    for (const Part &p : Parts) {
        CatalogItem item{0, QString::fromUtf8(p.sku), LineKind::Part, QString::fromUtf8(p.description),
                         QString::fromLatin1(p.unit), price(p.price), rateId, 0, true};
        auto id = ledger.settings().addCatalogItem(item);
        if (!id)
            return id.error();
    }

    QList<qint64> customers;
    for (const DemoCustomer &c : Customers) {
        Customer customer;
        customer.name = QString::fromUtf8(c.name);
        customer.billingAddress = QString::fromUtf8(c.address);
        customer.vatId = QString::fromLatin1(c.vatId);
        if (c.terms > 0)
            customer.paymentTermsDays = c.terms;
        customer.contacts.append({0, QString::fromUtf8(c.contact), QString::fromLatin1(c.email), QString(), QString(),
                                  true});
        auto id = ledger.customers().add(customer);
        if (!id)
            return id.error();
        customers.append(id.value());
    }

    QRandomGenerator random(20260310);
    auto pick = [&random](int n) { return static_cast<int>(random.bounded(n)); };
    auto setDay = [&clock](const QDate &day, int hour) { clock.set(QDateTime(day, QTime(hour, 0), Qt::UTC)); };
    auto makeOrder = [&](const QDate &day, OrderStatus status, int number) -> Result<qint64> {
        ServiceOrder order;
        order.jobRef = QStringLiteral("J-%1").arg(1000 + number);
        order.customerId = customers.at(pick(int(customers.size())));
        order.description = QString::fromUtf8(Jobs[pick(int(std::size(Jobs)))]);
        order.siteAddress = QStringLiteral("On site");
        order.status = status;
        if (status == OrderStatus::Done) {
            order.completedAt = QDateTime(day, QTime(16, 30), Qt::UTC);
            order.report = QStringLiteral("Work completed and tested. Customer informed of findings.");
            const int visits = 1 + pick(2);
            for (int v = 0; v < visits; ++v) {
                TimeEntry e;
                e.technician = QString::fromUtf8(Technicians[pick(int(std::size(Technicians)))]);
                e.workDate = day.addDays(-v);
                e.hours = Quantity::fromScaled(500 * (2 + pick(12)));
                e.hourlyRate = price(pick(5) == 0 ? 950000 : 650000);
                e.description = v == 0 ? QStringLiteral("Diagnosis and repair") : QStringLiteral("Follow-up visit");
                order.timeEntries.append(e);
            }
            const int parts = pick(4);
            for (int i = 0; i < parts; ++i) {
                const Part &p = Parts[pick(int(std::size(Parts)))];
                PartUsed part;
                part.sku = QString::fromLatin1(p.sku);
                part.description = QString::fromUtf8(p.description);
                part.unit = QString::fromLatin1(p.unit);
                part.quantity = Quantity::fromInteger(1 + pick(3));
                part.unitPrice = price(p.price);
                part.taxRate = defaultRate->rate;
                part.taxCategory = defaultRate->category;
                order.parts.append(part);
            }
        }
        return ledger.orders().create(order);
    };

    // A year of jobs, invoices and payments, in the order they happened.
    QMultiMap<QDate, std::function<Status()>> agenda;
    int jobNumber = 0;
    for (QDate day = start; day < today.addDays(-3); day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        const int jobsToday = pick(10) < 6 ? 1 : (pick(3) == 0 ? 2 : 0);
        for (int j = 0; j < jobsToday; ++j) {
            const int number = ++jobNumber;
            const int payAfter = 5 + pick(50);
            const int fate = pick(20); // 0: never paid, 1: partly paid, 2: credited, else paid
            agenda.insert(day, [&, day, number, payAfter, fate]() -> Status {
                setDay(day, 16);
                auto order = makeOrder(day, OrderStatus::Done, number);
                if (!order)
                    return order.error();
                setDay(day.addDays(1), 9);
                auto draft = ledger.drafts().createFromOrder(order.value());
                if (!draft)
                    return draft.error();
                auto posted = ledger.posting().post(draft.value());
                if (!posted)
                    return posted.error();
                const qint64 invoiceId = draft.value();
                const QDate payDay = day.addDays(1 + payAfter);
                if (fate == 0 || payDay >= today)
                    return {};
                agenda.insert(payDay, [&, invoiceId, payDay, fate]() -> Status {
                    setDay(payDay, 11);
                    auto invoice = ledger.context().documents.find(invoiceId, false);
                    if (!invoice)
                        return invoice.error();
                    if (fate == 2 && !invoice->lines.isEmpty()) {
                        // A goodwill credit on the first line, then the rest is paid.
                        const DocumentLine &line = invoice->lines.first();
                        const qint64 half = std::max<qint64>(line.quantity.scaled() / 2, 500);
                        auto note = ledger.creditNotes().createDraft(
                            invoiceId, QStringLiteral("Goodwill: part of the labour not charged"),
                            {{line.id, std::min(half, line.quantity.scaled())}});
                        if (!note)
                            return note.error();
                        auto credited = ledger.posting().post(note.value());
                        if (!credited)
                            return credited.error();
                        invoice = ledger.context().documents.find(invoiceId, false);
                        if (!invoice)
                            return invoice.error();
                        if (invoice->amountDue() <= 0)
                            return {};
                    }
                    PaymentRequest request;
                    request.documentId = invoiceId;
                    request.amount = fate == 1 ? invoice->amountDue() / 2 : invoice->amountDue();
                    request.date = payDay;
                    request.method = pick(4) == 0 ? PaymentMethod::Card : PaymentMethod::BankTransfer;
                    request.reference = QStringLiteral("Bank %1").arg(payDay.toString(QStringLiteral("yyMMdd")));
                    auto paid = ledger.payments().registerPayment(request);
                    return paid ? Status() : Status(paid.error());
                });
                return {};
            });
        }
    }
    while (!agenda.isEmpty()) {
        auto first = agenda.begin();
        const std::function<Status()> step = first.value();
        agenda.erase(first);
        FACTURO_TRY(step());
    }

    // Today: jobs waiting to be invoiced, work in progress, drafts, quotations.
    setDay(today.addDays(-2), 15);
    for (OrderStatus status : {OrderStatus::Done, OrderStatus::Done, OrderStatus::Done, OrderStatus::InProgress,
                               OrderStatus::InProgress, OrderStatus::Scheduled, OrderStatus::Scheduled,
                               OrderStatus::New}) {
        auto order = makeOrder(today.addDays(-1), status, ++jobNumber);
        if (!order)
            return order.error();
    }
    setDay(today, 8);
    {
        // A maintenance contract invoice in the works, and a large one waiting for approval.
        auto draft = ledger.drafts().createInvoice(customers.at(0));
        if (!draft)
            return draft.error();
        const QList<std::tuple<int, QString, qint64>> lines = {
            {4, QStringLiteral("HVAC maintenance visit"), 2400000},
            {6, QStringLiteral("Air filter F7, 592×592"), 185000},
            {3, QStringLiteral("Technician labour"), 650000}};
        for (const auto &[quantity, description, unitPrice] : lines) {
            DocumentLine line;
            line.description = description;
            line.quantity = Quantity::fromInteger(quantity);
            line.unit = quantity == 3 ? QStringLiteral("h") : QStringLiteral("pc");
            line.unitPrice = price(unitPrice);
            line.taxCategory = defaultRate->category;
            line.taxRate = defaultRate->rate;
            line.kind = quantity == 3 ? LineKind::Labor : LineKind::Other;
            auto added = ledger.drafts().addLine(draft.value(), line);
            if (!added)
                return added.error();
        }
        auto big = ledger.drafts().createInvoice(customers.at(4));
        if (!big)
            return big.error();
        DocumentLine line;
        line.description = QStringLiteral("Replacement of the warehouse heating system: heat pumps and controls");
        line.quantity = Quantity::fromInteger(1);
        line.unit = QStringLiteral("pc");
        line.unitPrice = price(68500000);
        line.taxCategory = defaultRate->category;
        line.taxRate = defaultRate->rate;
        auto added = ledger.drafts().addLine(big.value(), line);
        if (!added)
            return added.error();
    }
    {
        Quotation q;
        q.customerId = customers.at(7);
        q.description = QStringLiteral("Heat pump installation, block B");
        DocumentLine line;
        line.description = QStringLiteral("Air-to-water heat pump 12 kW, installed");
        line.quantity = Quantity::fromInteger(2);
        line.unit = QStringLiteral("pc");
        line.unitPrice = price(72000000);
        line.taxCategory = defaultRate->category;
        line.taxRate = defaultRate->rate;
        q.lines.append(line);
        auto quotation = ledger.quotations().create(q);
        if (!quotation)
            return quotation.error();
        auto sent = ledger.quotations().markSent(quotation.value());
        if (!sent)
            return sent.error();
        q.customerId = customers.at(2);
        q.description = QStringLiteral("Classroom ventilation upgrade");
        q.lines.first().description = QStringLiteral("Heat recovery ventilation unit, installed");
        q.lines.first().quantity = Quantity::fromInteger(4);
        q.lines.first().unitPrice = price(31500000);
        auto second = ledger.quotations().create(q);
        if (!second)
            return second.error();
    }
    FACTURO_TRY(all.commit());
    (void)ledger.database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}
