#include "DemoGenerator.h"

#include "BulkLoad.h"
#include "DemoCustomers.h"
#include "IdentifierChecks.h"
#include "Transaction.h"
#include "VatId.h"

#include <QMap>

#include <optional>

#include <algorithm>

namespace {
const QString UnfinishedKey = QStringLiteral("demo_unfinished");

// splitmix64: small, fast and the same on every platform, so a seed always gives the same file.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct SampleItem
{
    const char *sku;
    LineKind kind;
    const char *description;
    const char *unit;
    const char *price;
};

const SampleItem Items[] = {
    {"LAB-STD", LineKind::Labor, "Technician labour", "h", "65.00"},
    {"LAB-URG", LineKind::Labor, "Emergency call-out labour (nights, week-ends)", "h", "95.00"},
    {"TRAVEL", LineKind::Other, "Travel flat rate, Lyon area", "pc", "35.00"},
    {"FLT-200", LineKind::Part, "Air filter G4 592x592", "pc", "18.90"},
    {"R32-KG", LineKind::Part, "Refrigerant R32", "kg", "42.5000"},
    {"CAP-45", LineKind::Part, "Run capacitor 45 µF", "pc", "23.40"},
    {"TH-WIFI", LineKind::Part, "Programmable Wi-Fi thermostat", "pc", "149.00"},
    {"VLV-3W", LineKind::Part, "Three-way valve DN20", "pc", "87.60"},
    {"PMP-25", LineKind::Part, "Circulation pump 25-60", "pc", "312.00"},
    {"CU-PIPE", LineKind::Part, "Copper pipe 12 mm", "m", "9.8500"},
};

const char *const Technicians[] = {"Luc Bernard", "Sofia Haddad", "Thomas Petit", "Inès Moreau"};
const char *const Jobs[] = {"Annual air-conditioning maintenance", "Boiler breakdown repair",
                            "Cold room temperature alarm", "Heat pump installation", "Ventilation filter replacement",
                            "Thermostat replacement", "Leak search and refrigerant top-up", "Radiator balancing"};
const char *const NameParts[] = {"Alpha", "Horizon", "Rhône", "Saône", "Fourvière", "Croix-Rousse", "Confluence",
                                 "Part-Dieu", "Gerland", "Vaise", "Monplaisir", "Brotteaux"};
const char *const NameKinds[] = {"SARL", "SAS", "Hôtel", "Restaurant", "Cabinet", "Atelier", "Résidence", "Garage"};

struct Plan
{
    QDate payDate;   // null: unpaid
    bool partial = false;
    int credit = 0;  // 0 none, 1 partial, 2 full
    QDate creditDate;
};
} // namespace

Result<bool> DemoGenerator::isUnfinished(Ledger &ledger)
{
    auto mark = ledger.context().company.setting(UnfinishedKey);
    if (!mark)
        return mark.error();
    return !mark->isEmpty();
}

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options)
{
    auto setUp = m_ledger.isSetUp();
    if (!setUp)
        return setUp.error();
    if (setUp.value())
        return Error::refused(tr("The demo company can only be created in a new, empty company file."));
    FACTURO_TRY(m_ledger.context().company.setSetting(UnfinishedKey, QStringLiteral("1")));

    // A new file: fill it as a bulk load (search index filled once at the end).
    BulkLoad bulk(m_ledger.database());
    FACTURO_TRY(bulk.begin());

    const QDate asOf = options.asOf.isValid() ? options.asOf : m_clock.today();
    const qint64 total = options.invoices > 0 ? options.invoices : 80;
    const bool small = options.invoices <= 0;
    Random rng(options.seed);
    DemoSummary summary;
    const QDate start = asOf.addDays(-365);
    m_clock.set(QDateTime(start.addDays(-30), QTime(8, 0), Qt::UTC));

    CompanySettings company;
    company.name = QStringLiteral("Climatec Services SAS");
    company.postalAddress.line1 = QStringLiteral("12 rue des Artisans");
    company.postalAddress.postcode = QStringLiteral("69003");
    company.postalAddress.city = QStringLiteral("Lyon");
    company.postalAddress.countryCode = QStringLiteral("FR");
    company.postalAddress.countryLine = QStringLiteral("France");
    company.vatId = QStringLiteral("FR11123456782");
    company.registration = QStringLiteral("SAS au capital de 50 000 € — RCS Lyon 123 456 782 — APE 4322B");
    company.legalRegistration = {QStringLiteral("0009"), QStringLiteral("12345678200010")};
    company.endpoint = {QStringLiteral("0009"), QStringLiteral("12345678200010")};
    company.contactName = QStringLiteral("Marie Dubois");
    company.email = QStringLiteral("facturation@climatec.example");
    company.phone = QStringLiteral("+33 4 72 00 00 00");
    company.website = QStringLiteral("www.climatec.example");
    company.iban = QStringLiteral("FR7630006000011234567890189");
    company.bic = QStringLiteral("AGRIFRPP");
    company.bankName = QStringLiteral("Crédit Agricole Centre-Est");
    company.currency = QStringLiteral("EUR");
    company.defaultLanguage = QStringLiteral("fr");
    company.approvalThreshold = 500000; // 5,000.00 € needs a manager
    company.contactPhone = company.phone;
    company.contactEmail = company.email;
    FACTURO_TRY(m_ledger.setUp(company, QStringLiteral("marie"), Percentage::fromInteger(20)));
    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.fullName = QStringLiteral("Paul Lefèvre");
    clerk.role = UserRole::Clerk;
    auto clerkId = m_ledger.settings().addUser(clerk);
    if (!clerkId)
        return clerkId.error();

    auto rates = m_ledger.context().catalog.taxRates();
    if (!rates)
        return rates.error();
    TaxRate standard, reduced, exempt, reverseCharge;
    for (const TaxRate &r : rates.value()) {
        if (r.category == TaxCategory::Standard)
            standard = r;
        else if (r.category == TaxCategory::Reduced && r.rate == Percentage::fromInteger(10))
            reduced = r;
        else if (r.category == TaxCategory::Exempt)
            exempt = r;
        else if (r.category == TaxCategory::ReverseCharge)
            reverseCharge = r;
    }
    for (const SampleItem &item : Items) {
        CatalogItem c;
        c.sku = QString::fromUtf8(item.sku);
        c.kind = item.kind;
        c.description = QString::fromUtf8(item.description);
        c.unit = QString::fromUtf8(item.unit);
        c.unitPrice = UnitPrice::parse(QString::fromLatin1(item.price)).value();
        c.taxRateId = standard.id;
        auto id = m_ledger.settings().addCatalogItem(c);
        if (!id)
            return id.error();
    }

    // Customers: the named sample, then generated ones for large files (one per ~40 invoices).
    struct CustomerRef
    {
        qint64 id;
        bool reverseCharge;
        bool residential;
    };
    QList<CustomerRef> customers;
    // The public buyer (XRechnung) gets every 16th invoice, chosen without drawing from the
    // random sequence, so a seed gives the same invoices, payments and credits as before it.
    std::optional<CustomerRef> publicBuyer;
    const qint64 extra = small ? 0 : std::min<qint64>(20000, total / 40);
    {
        Transaction tx(m_ledger.database());
        FACTURO_TRY(tx.began());
        for (const DemoCustomers::Sample &s : DemoCustomers::Samples) {
            Customer c;
            c.name = QString::fromUtf8(s.name);
            c.postalAddress.line1 = QString::fromUtf8(s.street);
            c.postalAddress.postcode = QString::fromLatin1(s.postcode);
            c.postalAddress.city = QString::fromUtf8(s.city);
            c.postalAddress.countryCode = QString::fromLatin1(s.country);
            c.postalAddress.countryLine = QString::fromUtf8(s.countryLine);
            c.vatId = QString::fromLatin1(s.vatId);
            c.einvoiceFormat = s.format;
            c.endpoint = ElectronicAddress::parse(QString::fromLatin1(s.endpoint)).value();
            c.buyerReference = QString::fromLatin1(s.buyerReference);
            // French companies: their SIREN (from the VAT id) as the legal registration.
            if (c.postalAddress.countryCode == QLatin1String("FR") && IdentifierChecks::siren(c.vatId.mid(4)))
                c.registration = {QStringLiteral("0002"), c.vatId.mid(4)};
            c.language = QString::fromLatin1(s.language);
            if (s.terms >= 0)
                c.paymentTermsDays = s.terms;
            c.contacts.append({0, QStringLiteral("Accounts"), QString::fromLatin1(s.email), QString(), QString(), true});
            auto id = m_ledger.customers().add(c);
            if (!id)
                return id.error();
            const CustomerRef ref{id.value(), !c.vatId.isEmpty() && !c.vatId.startsWith(QLatin1String("FR")),
                                  c.vatId.isEmpty()};
            if (c.einvoiceFormat != EInvoiceFormat::XRechnungUbl)
                customers.append(ref);
            else
                publicBuyer = ref;
        }
        for (qint64 i = 0; i < extra; ++i) {
            Customer c;
            c.name = QStringLiteral("%1 %2 %3")
                         .arg(QString::fromUtf8(NameKinds[rng.below(std::size(NameKinds))]),
                              QString::fromUtf8(NameParts[rng.below(std::size(NameParts))]))
                         .arg(i + 1);
            c.postalAddress.line1 = QStringLiteral("%1 rue de la Demo").arg(rng.between(1, 200));
            c.postalAddress.postcode = QStringLiteral("6900%1").arg(rng.between(1, 9));
            c.postalAddress.city = QStringLiteral("Lyon");
            c.postalAddress.countryCode = QStringLiteral("FR");
            c.postalAddress.countryLine = QStringLiteral("France");
            c.einvoiceFormat = EInvoiceFormat::FacturX;
            // A valid French VAT id: a 9-digit SIREN and its key.
            const qint64 siren = 100000000LL + static_cast<qint64>(rng.next() % 900000000ULL);
            c.vatId = QStringLiteral("FR%1%2").arg(VatId::frenchKey(siren), 2, 10, QLatin1Char('0')).arg(siren);
            c.language = QStringLiteral("fr");
            c.contacts.append({0, QString(), QStringLiteral("client%1@example.fr").arg(i + 1), QString(), QString(),
                               true});
            auto id = m_ledger.customers().add(c);
            if (!id)
                return id.error();
            customers.append({id.value(), false, false});
        }
        FACTURO_TRY(tx.commit());
    }
    summary.customers = customers.size() + (publicBuyer ? 1 : 0);

    auto line = [&](int itemIndex, const QString &quantity, const TaxRate &rate) {
        const SampleItem &item = Items[itemIndex];
        DocumentLine l;
        l.kind = item.kind;
        l.description = QString::fromUtf8(item.description);
        l.quantity = Quantity::parse(quantity).value();
        l.unit = QString::fromUtf8(item.unit);
        l.unitPrice = UnitPrice::parse(QString::fromLatin1(item.price)).value();
        l.taxCategory = rate.category;
        l.taxRate = rate.rate;
        l.exemptionReason = rate.exemptionReason;
        return l;
    };
    auto randomLines = [&](const CustomerRef &customer) {
        const TaxRate &rate = customer.reverseCharge ? reverseCharge : customer.residential ? reduced : standard;
        QList<DocumentLine> lines;
        lines.append(line(rng.chance(85) ? 0 : 1, QStringLiteral("%1.%2").arg(rng.between(1, 6)).arg(rng.chance(50) ? 5 : 0), rate));
        const int parts = rng.between(1, 4);
        for (int p = 0; p < parts; ++p)
            lines.append(line(rng.between(3, 9), QString::number(rng.between(1, 4)), rate));
        if (rng.chance(30))
            lines.append(line(2, QStringLiteral("1"), rate));
        if (!customer.reverseCharge && rng.chance(4)) {
            DocumentLine training = line(0, QStringLiteral("3"), exempt);
            training.description = tr("Safety training for the customer's staff (exempt)");
            lines.append(training);
        }
        return lines;
    };

    // Invoices day by day through the year, with their payments and credit notes on the day
    // they happen. Roughly 1 in 5 goes through a service order, as a real firm would.
    QMap<QDate, QList<std::pair<qint64, Plan>>> pending; // day → invoices with something to do
    const qint64 drafts = small ? 5 : std::max<qint64>(5, total / 200);
    const qint64 posted = total - drafts;
    qint64 made = 0;
    qint64 orderSeq = 0;
    // One transaction a week: a killed load keeps every week it committed.
    std::optional<Transaction> week;
    for (int day = 0; day <= 365; ++day) {
        const QDate date = start.addDays(day);
        m_clock.set(QDateTime(date, QTime(9, 0), Qt::UTC));
        const qint64 target = posted * (day + 1) / 366;
        if (!week) {
            week.emplace(m_ledger.database());
            FACTURO_TRY(week->began());
        }
        for (; made < target; ++made) {
            const CustomerRef &drawn = customers.at(rng.below(static_cast<int>(customers.size())));
            const CustomerRef &customer = publicBuyer && made % 16 == 5 ? *publicBuyer : drawn;
            qint64 draftId = 0;
            // Large files keep fewer jobs so they build fast; the sample keeps one in five.
            if (rng.chance(small ? 20 : 5)) {
                ServiceOrder order;
                order.jobRef = QStringLiteral("JOB-%1").arg(++orderSeq, 6, 10, QLatin1Char('0'));
                order.customerId = customer.id;
                order.description = QString::fromUtf8(Jobs[rng.below(std::size(Jobs))]);
                order.report = tr("Work carried out as requested; installation checked and left in working order.");
                order.status = OrderStatus::Done;
                order.completedAt = m_clock.nowUtc().addDays(-1);
                const TaxRate &rate = customer.reverseCharge ? reverseCharge : customer.residential ? reduced : standard;
                order.timeEntries.append({0, QString::fromUtf8(Technicians[rng.below(4)]), date.addDays(-1),
                                          Quantity::fromScaled(rng.between(2, 12) * 500),
                                          UnitPrice::parse(QStringLiteral("65")).value(), QString()});
                order.parts.append({0, QString::fromLatin1(Items[3].sku), QString::fromUtf8(Items[3].description),
                                    Quantity::fromInteger(rng.between(1, 4)), QStringLiteral("pc"),
                                    UnitPrice::parse(QString::fromLatin1(Items[3].price)).value(), rate.category,
                                    rate.rate, rate.exemptionReason});
                auto orderId = m_ledger.orders().create(order);
                if (!orderId)
                    return orderId.error();
                ++summary.serviceOrders;
                auto draft = m_ledger.drafts().createFromOrder(orderId.value());
                if (!draft)
                    return draft.error();
                draftId = draft.value();
            } else {
                Document header;
                header.serviceDate = date.addDays(-rng.between(0, 3));
                auto draft = m_ledger.drafts().createInvoice(customer.id, header, randomLines(customer));
                if (!draft)
                    return draft.error();
                draftId = draft.value();
            }
            auto number = m_ledger.posting().post(draftId);
            if (!number)
                return number.error();
            ++summary.invoices;
            // What happens to it later: most are paid, some late, some partly, a few credited.
            Plan plan;
            const int fate = rng.below(100);
            if (fate < 78) {
                plan.payDate = date.addDays(rng.between(3, 50));
            } else if (fate < 86) {
                plan.payDate = date.addDays(rng.between(10, 40));
                plan.partial = true;
            } else if (fate < 90) {
                plan.credit = rng.chance(50) ? 2 : 1;
                plan.creditDate = date.addDays(rng.between(2, 20));
            } // else: never paid (the overdue ones)
            if (plan.credit && plan.creditDate <= asOf)
                pending[plan.creditDate].append({draftId, plan});
            else if (plan.payDate.isValid() && plan.payDate <= asOf)
                pending[plan.payDate].append({draftId, plan});
            if (options.progress && (made + 1) % 1000 == 0)
                options.progress(made + 1, total);
        }
        const auto due = pending.take(date);
        for (const auto &[documentId, plan] : due) {
            auto doc = m_ledger.context().documents.find(documentId, plan.credit > 0);
            if (!doc)
                return doc.error();
            if (plan.credit > 0) {
                QHash<qint64, qint64> quantities;
                if (plan.credit == 1)
                    quantities.insert(doc->lines.first().id, doc->lines.first().quantity.scaled());
                auto note = m_ledger.creditNotes().createDraft(
                    documentId, plan.credit == 2 ? tr("Invoice cancelled: work covered by warranty")
                                                 : tr("Commercial gesture: labour not charged"),
                    quantities);
                if (!note)
                    return note.error();
                auto noteNumber = m_ledger.posting().post(note.value());
                if (!noteNumber)
                    return noteNumber.error();
                ++summary.creditNotes;
                continue;
            }
            const qint64 amount = plan.partial ? doc->amountDue() / 2 : doc->amountDue();
            if (amount <= 0)
                continue;
            PaymentRequest request;
            request.documentId = documentId;
            request.amount = amount;
            request.date = date;
            request.method = rng.chance(70) ? PaymentMethod::BankTransfer
                : rng.chance(50)            ? PaymentMethod::Card
                                            : PaymentMethod::Cheque;
            request.reference = request.method == PaymentMethod::BankTransfer ? QStringLiteral("VIR %1").arg(doc->number)
                                                                              : QString();
            auto payment = m_ledger.payments().registerPayment(request);
            if (!payment)
                return payment.error();
            ++summary.payments;
        }
        if (day % 7 == 6 || day == 365) {
            FACTURO_TRY(week->commit());
            week.reset();
            bulk.committed();
        }
    }

    // Today's desk: drafts waiting (one above the approval threshold), Done orders waiting to
    // be invoiced, work in progress, and quotations in every state.
    m_clock.set(QDateTime(asOf, QTime(8, 30), Qt::UTC));
    Transaction tx(m_ledger.database());
    FACTURO_TRY(tx.began());
    FACTURO_TRY(m_ledger.signIn(QStringLiteral("paul")));
    for (qint64 i = 0; i < drafts; ++i) {
        const CustomerRef &customer = customers.at(rng.below(static_cast<int>(customers.size())));
        QList<DocumentLine> lines = randomLines(customer);
        if (i == 0)
            lines.append(line(8, QStringLiteral("20"), standard)); // 20 pumps: above the threshold
        Document header;
        header.serviceDate = asOf.addDays(-1);
        auto draft = m_ledger.drafts().createInvoice(customer.id, header, lines);
        if (!draft)
            return draft.error();
        ++summary.invoices;
    }
    const OrderStatus states[] = {OrderStatus::Done, OrderStatus::Done, OrderStatus::Done, OrderStatus::Done,
                                  OrderStatus::InProgress, OrderStatus::InProgress, OrderStatus::Scheduled,
                                  OrderStatus::Scheduled, OrderStatus::New, OrderStatus::New};
    for (OrderStatus state : states) {
        const CustomerRef &customer = customers.at(rng.below(static_cast<int>(customers.size())));
        ServiceOrder order;
        order.jobRef = QStringLiteral("JOB-%1").arg(++orderSeq, 6, 10, QLatin1Char('0'));
        order.customerId = customer.id;
        order.description = QString::fromUtf8(Jobs[rng.below(std::size(Jobs))]);
        order.siteAddress = QStringLiteral("Site: building B, level -1");
        order.status = state;
        if (state == OrderStatus::Scheduled)
            order.scheduledFor = m_clock.nowUtc().addDays(rng.between(1, 10));
        if (state == OrderStatus::Done || state == OrderStatus::InProgress) {
            order.report = state == OrderStatus::Done ? tr("Compressor relay replaced; pressures checked; unit restarted.")
                                                      : QString();
            order.timeEntries.append({0, QString::fromUtf8(Technicians[rng.below(4)]), asOf.addDays(-1),
                                      Quantity::fromScaled(rng.between(2, 10) * 500),
                                      UnitPrice::parse(QStringLiteral("65")).value(), QString()});
            order.parts.append({0, QString::fromLatin1(Items[5].sku), QString::fromUtf8(Items[5].description),
                                Quantity::fromInteger(1), QStringLiteral("pc"),
                                UnitPrice::parse(QString::fromLatin1(Items[5].price)).value(), standard.category,
                                standard.rate, QString()});
            if (state == OrderStatus::Done)
                order.completedAt = m_clock.nowUtc().addSecs(-3600);
        }
        auto id = m_ledger.orders().create(order);
        if (!id)
            return id.error();
        ++summary.serviceOrders;
    }
    for (int i = 0; i < 4; ++i) {
        Quotation q;
        q.customerId = customers.at(i % customers.size()).id;
        q.description = QString::fromUtf8(Jobs[i + 3]);
        q.lines = {line(0, QStringLiteral("6"), standard), line(8, QStringLiteral("1"), standard),
                   line(9, QStringLiteral("12.5"), standard)};
        auto id = m_ledger.quotations().create(q);
        if (!id)
            return id.error();
        if (i >= 1) {
            auto sent = m_ledger.quotations().markSent(id.value());
            if (!sent)
                return sent.error();
        }
        if (i == 2) {
            auto accepted = m_ledger.quotations().acceptIntoServiceOrder(id.value());
            if (!accepted)
                return accepted.error();
            ++summary.serviceOrders;
        }
        if (i == 3)
            FACTURO_TRY(m_ledger.quotations().decline(id.value()));
    }
    FACTURO_TRY(m_ledger.signIn(QStringLiteral("marie")));
    FACTURO_TRY(m_ledger.context().company.setSetting(UnfinishedKey, QString()));
    FACTURO_TRY(tx.commit());
    FACTURO_TRY(bulk.finish());
    if (options.progress)
        options.progress(total, total);
    return summary;
}
