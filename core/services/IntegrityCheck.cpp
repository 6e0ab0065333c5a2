#include "IntegrityCheck.h"

#include "ContractCheck.h"
#include "Currency.h"
#include "IntegrityRepository.h"
#include "PostedTotalsRepository.h"
#include "TaxCalculator.h"
#include "TrustCheck.h"



Result<IntegrityReport> IntegrityCheck::run(bool quick, const std::function<void(const QString &)> &progress)
{
    IntegrityReport report;
    auto step = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    step(tr("file structure"));
    FACTURO_TRY(structure(report, quick));
    step(tr("numbering"));
    FACTURO_TRY(numbering(report));
    step(tr("journal"));
    FACTURO_TRY(journal(report));
    step(tr("document totals"));
    FACTURO_TRY(totals(report));
    step(tr("payments and credits"));
    FACTURO_TRY(settlements(report));
    step(tr("audit trail"));
    FACTURO_TRY(auditChain(report));
    TrustCheck trust(m_ctx);
    if (!m_anchor.isEmpty()) {
        step(tr("anchor"));
        FACTURO_TRY(trust.anchor(report, m_anchor));
    }
    step(tr("documents and payments against their audit events"));
    FACTURO_TRY(trust.books(report));
    step(tr("immutability rules"));
    FACTURO_TRY(trust.schema(report));
    step(tr("chronology"));
    FACTURO_TRY(trust.chronology(report));
    step(tr("mail outbox"));
    FACTURO_TRY(outbox(report));
    step(tr("addresses"));
    FACTURO_TRY(parties(report));
    step(tr("contract occurrences"));
    FACTURO_TRY(ContractCheck::run(m_ctx.db, report));
    return report;
}

Status IntegrityCheck::expectNone(IntegrityReport &report, IntegrityRepository::Rule rule, const QString &passedText,
                                  const QString &problemText)
{
    auto breach = IntegrityRepository(m_ctx.db).firstBreach(rule);
    if (!breach)
        return breach.error();
    record(report, breach.value(), passedText, problemText);
    return {};
}

void IntegrityCheck::record(IntegrityReport &report, const std::optional<QString> &breach, const QString &passedText,
                            const QString &problemText)
{
    if (breach)
        report.problems << problemText.arg(*breach);
    else
        report.passed << passedText;
}

Status IntegrityCheck::structure(IntegrityReport &report, bool quick)
{
    IntegrityRepository repository(m_ctx.db);
    // A file's pages are checked by SQLite; a server keeps its own storage (its schema is checked
    // from its catalog with the immutability rules, TrustCheck::schema).
    if (!m_ctx.db.isServer()) {
        auto messages = repository.fileStructure(quick);
        if (!messages)
            return messages.error();
        if (messages.value() == QStringList{QStringLiteral("ok")})
            report.passed << tr("SQLite %1: ok").arg(quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
        else
            report.problems << tr("The file structure is damaged: %1").arg(messages->mid(0, 3).join(QStringLiteral("; ")));
    }
    auto dangling = repository.firstDanglingReference();
    if (!dangling)
        return dangling.error();
    record(report, dangling.value(), tr("Every reference between records is valid"), tr("A record refers to nothing: %1"));
    return {};
}

Status IntegrityCheck::numbering(IntegrityReport &report)
{
    // Per document type: as many posted documents as numbers taken, each period counted.
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::NumbersTaken,
        tr("Numbers are gapless: one posted document for every number taken"),
        tr("Numbering has a gap or a surplus (%1)")));
    // Yearly counters: the documents of each year account for that year's counter.
    return expectNone(report, IntegrityRepository::Rule::YearlyCounters,
        tr("Each year's counter matches the documents issued that year"), tr("A yearly counter does not match: %1"));
}

Status IntegrityCheck::journal(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::EntriesBalanced,
                           tr("Every journal entry balances"), tr("A journal entry does not balance: %1")));
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::DocumentEntries,
                           tr("Every posted document has its journal entry"),
                           tr("%1 has no journal entry, or more than one: it is half-posted")));
    return expectNone(report, IntegrityRepository::Rule::PaymentEntries,
                      tr("Every payment has its journal entry"), tr("A payment has no journal entry: %1"));
}

Status IntegrityCheck::totals(IntegrityReport &report)
{
    // Walks posted documents with their lines and stored tax breakdown (both in document order)
    // and recomputes every line net and every per-rate tax.
    qint64 checked = 0;
    QString found;
    FACTURO_TRY(PostedTotalsRepository(m_ctx.db).forEach([&](const StoredTotals &doc) {
        const QString problem = totalsProblem(doc);
        if (!problem.isEmpty()) {
            found = tr("%1: %2").arg(doc.number, problem);
            return false;
        }
        ++checked;
        return true;
    }));
    if (!found.isEmpty()) {
        report.problems << found;
        return {};
    }
    report.passed << tr("%n posted document(s): totals and VAT follow from their lines", nullptr, static_cast<int>(checked));
    return {};
}

QString IntegrityCheck::totalsProblem(const StoredTotals &doc)
{
    TaxCalculator calc(Currency::minorDigits(doc.currency));
    qint64 storedNetSum = 0;
    QString problem;
    for (const StoredTotals::Line &line : doc.lines) {
        auto category = TaxCategories::fromKey(line.taxCategory);
        auto net = calc.addLine(Quantity::fromScaled(line.quantity), UnitPrice::fromScaled(line.unitPrice),
                                Percentage::fromScaled(line.discount), category ? category.value() : TaxCategory::Standard,
                                Percentage::fromScaled(line.taxRate), line.exemptionReason);
        storedNetSum += line.lineNet;
        if (problem.isEmpty() && (!net || net.value() != line.lineNet))
            problem = tr("a line's net %1 is not its quantity × price − discount").arg(line.lineNet);
    }
    QList<TaxSubtotal> stored;
    for (const StoredTotals::Tax &t : doc.taxes) {
        auto category = TaxCategories::fromKey(t.taxCategory);
        stored.append({category ? category.value() : TaxCategory::Standard, Percentage::fromScaled(t.taxRate),
                       t.exemptionReason, t.base, t.tax});
    }
    auto totals = calc.totals();
    if (problem.isEmpty() && (!totals || totals->net != doc.net || storedNetSum != doc.net))
        problem = tr("its net total %1 is not the sum of its lines").arg(doc.net);
    if (problem.isEmpty() && (totals->tax != doc.tax || doc.gross != doc.net + doc.tax))
        problem = tr("its tax %1 or gross %2 does not follow from its lines").arg(doc.tax).arg(doc.gross);
    if (problem.isEmpty()) {
        qint64 base = 0, storedTax = 0;
        for (const TaxSubtotal &t : stored) {
            base += t.base;
            storedTax += t.tax;
            bool matched = false;
            for (const TaxSubtotal &c : totals->subtotals)
                matched = matched || (c.category == t.category && c.rate == t.rate && c.base == t.base && c.tax == t.tax);
            if (!matched)
                problem = tr("its stored VAT breakdown does not match its lines");
        }
        if (problem.isEmpty() && (base != doc.net || storedTax != doc.tax || stored.size() != totals->subtotals.size()))
            problem = tr("its stored VAT breakdown does not add up to its totals");
    }
    return problem;
}

// The maintained summaries of migration 0006 equal what the documents and payments say: each
// recomputed here from them and compared row by row (a missing, extra or differing row, or a
// row left with a count of 0, is named).
Status IntegrityCheck::summaries(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::ReceivablesByDue,
        tr("Open receivables per due date equal the open invoices"), tr("The receivables summary differs: %1")));
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::ReceivablesByCustomer,
        tr("Open receivables per customer equal the open documents"),
        tr("The receivables summary per customer differs: %1")));
    return expectNone(report, IntegrityRepository::Rule::FiguresByDay,
        tr("Invoiced and collected per day equal the invoices and payments"), tr("The daily figures differ: %1"));
}

Status IntegrityCheck::settlements(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::AmountsPaid,
                           tr("Amounts paid equal the payments recorded"), tr("Payments do not add up: %1")));
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::AmountsCredited,
                           tr("Credited amounts equal the credit notes applied"), tr("Credit notes do not add up: %1")));
    FACTURO_TRY(summaries(report));
    // Customers' credits (migration 0016): what the movements add up to is what the customer-credit
    // account holds.
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::CustomerCredits,
        tr("Customers' credits equal the customer-credit account"), tr("Customers' credits do not add up: %1")));
    return expectNone(report, IntegrityRepository::Rule::InvoiceStatuses,
                      tr("Every invoice's status agrees with what is due"), tr("A status does not agree: %1"));
}

Status IntegrityCheck::auditChain(IntegrityReport &report)
{
    auto verified = m_audit.verify();
    if (!verified)
        return verified.error();
    if (verified->intact)
        report.passed << verified->message;
    else
        report.problems << verified->message;
    return {};
}

Status IntegrityCheck::outbox(IntegrityReport &report)
{
    // Every message about a document names a posted document of its kind.
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::OutboxDocuments,
        tr("Every outbox message is about the posted document it names"),
        tr("An outbox message is about the wrong document: %1")));
    // Queue first: every message was queued with its "send" audit event (a row written around
    // the program has none).
    auto unqueued = IntegrityRepository(m_ctx.db).firstUnqueuedMessage();
    if (!unqueued)
        return unqueued.error();
    record(report, unqueued.value(), tr("Every outbox message was queued with its audit event"),
           tr("An outbox message was not queued by Facturo (no \"send\" event in the audit trail): %1"));
    // What a sent invoice or credit note carries: the archived PDF, whole (or its archived Factur-X,
    // the same pages with the CII inside, which takes the PDF's place).
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::OutboxAttachments,
        tr("Every outbox message carries its attachments"), tr("An outbox message lost an attachment: %1")));
    // Nothing lost or counted twice between the outbox and the documents' send history.
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::OutboxSendHistory,
        tr("Every message sent is in its document's send history, once"),
        tr("The outbox and the send history disagree: %1")));
    FACTURO_TRY(expectNone(report, IntegrityRepository::Rule::OutboxClaimed,
        tr("Every message being sent was claimed by a sender"),
        tr("An outbox message is marked as being sent but no sender ever took it: %1")));

    // Not problems: a message left in "sending" by a program that stopped is re-queued (or
    // marked to check, if its content may have reached the server) when the sender next starts.
    auto inFlight = IntegrityRepository(m_ctx.db).messagesInFlight();
    if (!inFlight)
        return inFlight.error();
    const int sending = static_cast<int>(inFlight->first);
    const int toCheck = static_cast<int>(inFlight->second);
    if (sending > 0)
        report.passed << tr("%n message(s) being sent, or interrupted by a stop: the sender queues them again (or "
                            "asks to check them) when it next starts", nullptr, sending);
    if (toCheck > 0)
        report.passed << tr("%n message(s) whose delivery is unknown wait for the user to check them", nullptr, toCheck);
    return {};
}

Status IntegrityCheck::parties(IntegrityReport &report)
{
    if (m_ctx.db.schemaVersion() < 9)
        return {};
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    if (company->postalAddress.toReview)
        report.warnings << tr("The company's address could not be split into street, postcode, city and country: "
                              "complete it (facturo-cli settings company --street … --postcode … --city … --country …)");
    auto customers = m_ctx.customers.addressesToReview();
    if (!customers)
        return customers.error();
    for (const auto &[id, name] : customers.value())
        report.warnings << tr("Customer %1 (%2): the address could not be split into street, postcode, city and "
                              "country: complete it (facturo-cli customer edit %1 …)")
                               .arg(id)
                               .arg(name);
    if (!company->postalAddress.toReview && customers->isEmpty())
        report.passed << tr("Every address is structured (street, postcode, city, country) or empty");
    return {};
}
