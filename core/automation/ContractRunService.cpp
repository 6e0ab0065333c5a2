#include "ContractRunService.h"

#include "ContractSchedule.h"
#include "ContractText.h"
#include "Ledger.h"
#include "Money.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThread>

#include <memory>

ContractRunService::ContractRunService(Ledger &ledger, ContractSender sender)
    : m_ledger(ledger)
    , m_sender(std::move(sender))
    , m_contracts(ledger.database())
{ }

Result<QList<DueOccurrence>> ContractRunService::dueOf(const QList<Contract> &contracts, const QDate &asOf)
{
    auto progress = m_contracts.progress();
    if (!progress)
        return progress.error();
    QList<DueOccurrence> due;
    for (const Contract &c : contracts) {
        if (!c.bills())
            continue;
        const QDate until = asOf.addDays(c.leadDays);
        const OccurrenceProgress made = progress->value(c.id);
        QList<ContractPeriod> periods;
        if (made.contiguous()) {
            periods = ContractSchedule::periodsUntil(c, until, made.highest + 1);
        } else {
            auto numbers = m_contracts.occurrenceNumbers(c.id);
            if (!numbers)
                return numbers.error();
            for (const ContractPeriod &p : ContractSchedule::periodsUntil(c, until))
                if (!numbers->contains(p.occurrence))
                    periods.append(p);
        }
        for (const ContractPeriod &p : std::as_const(periods))
            due.append({c.id, c.customerId, c.customerName, c.action, p});
    }
    return due;
}

Result<QList<DueOccurrence>> ContractRunService::due(const QDate &asOf)
{
    auto contracts = m_contracts.list();
    if (!contracts)
        return contracts.error();
    return dueOf(contracts.value(), asOf);
}

Result<MadeOccurrence> ContractRunService::make(qint64 contractId, int occurrence)
{
    auto c = m_contracts.find(contractId);
    if (!c)
        return c.error();
    return makeIn(c.value(), occurrence);
}

Result<QList<MadeOccurrence>> ContractRunService::run(const QDate &asOf, const ContractProgress &progress)
{
    auto contracts = m_contracts.list();
    if (!contracts)
        return contracts.error();
    QHash<qint64, int> index;
    for (int i = 0; i < contracts->size(); ++i)
        index.insert(contracts->at(i).id, i);
    auto due = dueOf(contracts.value(), asOf);
    if (!due)
        return due.error();
    QList<MadeOccurrence> made;
    made.reserve(due->size());
    // Group commit: each occurrence is made in its own savepoint (a refusal undoes only it), and
    // the occurrences of up to a quarter of a second are committed together: one disk sync for
    // many, and the write lock is never held long enough to keep another run (the window, a
    // timer) waiting. A kill loses the uncommitted group whole: its occurrences are still due.
    std::unique_ptr<Transaction> group;
    qsizetype groupStart = 0;
    QElapsedTimer groupTime;
    auto commitGroup = [&]() {
        if (!group)
            return;
        const Status committed = group->commit();
        group.reset();
        // Another writer waiting for the file (the window while a timer runs, or the other way
        // round) polls for it: leave it a moment to take its turn.
        QThread::msleep(30);
        if (!committed)
            for (qsizetype i = groupStart; i < made.size(); ++i)
                if (made[i].error.isEmpty() && !made[i].alreadyMade) {
                    made[i].error = committed.message();
                    made[i].documentId = 0;
                    made[i].number.clear();
                }
    };
    for (const DueOccurrence &d : std::as_const(due.value())) {
        if (!group) {
            group = std::make_unique<Transaction>(m_ledger.database());
            groupStart = made.size();
            groupTime.start();
            if (!group->began()) {
                const Error failed = group->began().error();
                group.reset();
                return failed;
            }
        }
        auto one = makeIn(contracts->at(index.value(d.contractId)), d.period.occurrence);
        if (one) {
            made.append(one.value());
        } else {
            MadeOccurrence failed;
            failed.due = d;
            failed.error = one.message();
            made.append(failed);
        }
        if (made.size() - groupStart >= 500 || groupTime.elapsed() >= 250)
            commitGroup();
        if (progress && !progress(made.size(), due->size()))
            break;
    }
    commitGroup();
    return made;
}

Result<MadeOccurrence> ContractRunService::makeIn(const Contract &loaded, int occurrence)
{
    LedgerContext &ctx = m_ledger.context();
    MadeOccurrence made;
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    // Under the write lock: what another run committed is seen here, and the contract as it is now.
    auto current = m_contracts.find(loaded.id);
    if (!current)
        return current.error();
    const Contract &c = current.value();
    if (!c.bills())
        return Error::refused(
            tr("Contract %1 is %2: it bills nothing.").arg(c.id).arg(ContractKeys::statusName(c.status).toLower()));
    if (!ContractSchedule::exists(c, occurrence))
        return Error::invalid(tr("Contract %1 has no occurrence %2.").arg(c.id).arg(occurrence));
    const ContractPeriod period = ContractSchedule::period(c, occurrence);
    made.due = {c.id, c.customerId, c.customerName, c.action, period};
    auto exists = m_contracts.hasOccurrence(c.id, occurrence);
    if (!exists)
        return exists.error();
    if (exists.value()) {
        made.alreadyMade = true;
        return made;
    }

    auto customer = ctx.customers.find(c.customerId);
    if (!customer)
        return customer.error();
    auto company = ctx.company.load();
    if (!company)
        return company.error();
    const QString language = !c.language.isEmpty() ? c.language
        : !customer->language.isEmpty()            ? customer->language
                                                   : company->defaultLanguage;
    Document header;
    header.serviceDate = period.billDate;
    header.customerReference = c.reference;
    header.printedNotes = ContractText::reference(c, period, language);
    header.internalNotes = tr("Contract %1, occurrence %2").arg(c.id).arg(occurrence);
    QList<DocumentLine> lines;
    for (const ContractLine &l : c.lines) {
        const ContractVersion *v = l.versionFor(period.start);
        if (!v)
            continue;
        DocumentLine line;
        line.kind = l.kind;
        line.description = ContractText::resolve(l.description, period, language);
        line.quantity = l.quantity;
        line.unit = l.unit;
        line.unitPrice = v->unitPrice;
        line.taxCategory = v->taxCategory;
        line.taxRate = v->taxRate;
        line.exemptionReason = v->exemptionReason;
        line.catalogItemId = l.catalogItemId;
        lines.append(line);
    }
    if (lines.isEmpty())
        return Error::refused(tr("Contract %1 has no line to bill for the period %2 – %3.")
                                  .arg(c.id)
                                  .arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)));
    auto draftId = m_ledger.drafts().createInvoice(c.customerId, header, lines);
    if (!draftId)
        return draftId.error().prefixed(tr("Contract %1").arg(c.id));
    made.documentId = draftId.value();
    auto draft = ctx.documents.find(made.documentId, false);
    if (!draft)
        return draft.error();
    const int terms = c.paymentTermsDays.value_or(draft->paymentTermsDays);
    if (draft->language != language || draft->paymentTermsDays != terms) {
        Document edited = draft.value();
        edited.language = language;
        edited.paymentTermsDays = terms;
        FACTURO_TRY(m_ledger.drafts().updateHeader(edited));
    }

    if (c.action != ContractAction::Draft) {
        if (company->approvalThreshold > 0 && draft->totalGross > company->approvalThreshold) {
            made.attention = tr("above the approval threshold of %1: a manager approves and posts it")
                                 .arg(Money::plain(company->approvalThreshold, draft->currency));
        } else {
            auto number = m_ledger.posting().post(made.documentId);
            if (number) {
                made.number = number.value();
                made.outcome = OccurrenceOutcome::Posted;
            } else {
                made.attention = number.message();
            }
        }
    }
    if (c.action == ContractAction::Send && made.outcome == OccurrenceOutcome::Posted) {
        Status sent
            = m_sender ? m_sender(made.documentId) : Status(Error::refused(tr("sending is not available here")));
        if (sent)
            made.outcome = OccurrenceOutcome::Sent;
        else
            made.attention = tr("posted, not sent: %1").arg(sent.message());
    }

    ContractOccurrence o;
    o.contractId = c.id;
    o.occurrence = occurrence;
    o.periodStart = period.start;
    o.periodEnd = period.end;
    o.billDate = period.billDate;
    o.outcome = made.outcome;
    o.documentId = made.documentId;
    o.attention = made.attention.left(1000);
    o.createdAt = ctx.clock.nowUtc();
    o.createdBy = ctx.user.name;
    FACTURO_TRY(m_contracts.insertOccurrence(o));
    QJsonObject details {
        {QStringLiteral("rule"), QStringLiteral("contract %1: %2").arg(c.id).arg(ContractKeys::action(c.action))},
        {QStringLiteral("occurrence"), occurrence},
        {QStringLiteral("period_start"), period.start.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), period.end.toString(Qt::ISODate)}, {QStringLiteral("document"), made.documentId},
        {QStringLiteral("outcome"), ContractOccurrence::outcomeKey(made.outcome)}};
    if (!made.number.isEmpty())
        details.insert(QStringLiteral("number"), made.number);
    if (!made.attention.isEmpty())
        details.insert(QStringLiteral("attention"), made.attention);
    FACTURO_TRY(m_ledger.audit().record(QStringLiteral("contract"), c.id, QStringLiteral("occurrence"), details));
    FACTURO_TRY(tx.commit());
    return made;
}
