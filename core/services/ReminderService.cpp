#include "ReminderService.h"

#include "CompanyRepository.h"
#include "Money.h"
#include "ReminderPolicy.h"
#include "Transaction.h"

Result<QList<int>> ReminderService::levels() const
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    return ReminderPolicy::parseLevels(company->reminderLevels);
}

Result<QList<DueReminder>> ReminderService::due(const QDate &asOfDate, int onlyLevel) const
{
    const QDate asOf = asOfDate.isValid() ? asOfDate : m_ctx.clock.today();
    auto lv = levels();
    if (!lv)
        return lv.error();
    QList<DueReminder> due;
    if (lv->isEmpty() || onlyLevel > lv->size())
        return due;
    auto fees = m_fees.rules();
    if (!fees)
        return fees.error();
    // Only invoices at least as overdue as the lowest level asked for can be due.
    const int minDays = lv->at(onlyLevel > 0 ? onlyLevel - 1 : 0);
    auto rows = m_reminders.candidates(asOf.addDays(-minDays));
    if (!rows)
        return rows.error();
    for (const ReminderCandidate &c : std::as_const(rows.value())) {
        const int days = ReminderPolicy::daysOverdue(c.dueDate, asOf);
        const int level = ReminderPolicy::levelDue(lv.value(), days, c.lastLevelSent);
        if (level == 0 || (onlyLevel > 0 && level != onlyLevel))
            continue;
        DueReminder d;
        d.invoice = c;
        d.daysOverdue = days;
        d.level = level;
        d.channel = c.customerEmail.isEmpty() ? ReminderChannel::Letter : ReminderChannel::Email;
        for (const LateFeeRule &rule : std::as_const(fees.value()))
            if (rule.level == level)
                d.lateFee = ReminderFeeService::feeOf(rule, c.amountDue);
        due.append(d);
    }
    return due;
}

Result<int> ReminderService::countDue(Database &db, const QDate &asOf)
{
    auto company = CompanyRepository(db).load();
    if (!company)
        return company.error();
    auto lv = ReminderPolicy::parseLevels(company->reminderLevels);
    if (!lv)
        return lv.error();
    return ReminderRepository(db).countDue(asOf, lv.value());
}

Result<Document> ReminderService::openInvoice(qint64 documentId) const
{
    auto doc = m_ctx.documents.find(documentId, false);
    if (!doc)
        return doc.error();
    if (doc->type != DocumentType::Invoice)
        return Error::refused(tr("%1 is a credit note: only invoices are reminded.").arg(doc->displayName()));
    if (doc->isDraft())
        return Error::refused(tr("%1 is a draft: only posted invoices are reminded.").arg(doc->displayName()));
    if (doc->amountDue() <= 0
        || (doc->status != DocumentStatus::Posted && doc->status != DocumentStatus::PartiallyPaid))
        return Error::refused(tr("%1 has nothing left to pay: no reminder is needed.").arg(doc->displayName()));
    return doc;
}

Result<ReminderRecord> ReminderService::record(const ReminderRequest &request)
{
    return m_ctx.db.retrying([&]() -> Result<ReminderRecord> {
        auto lv = levels();
        if (!lv)
            return lv.error();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto recorded = recordLocked(request, lv.value());
        if (!recorded)
            return recorded.error();
        FACTURO_TRY(tx.commit());
        return recorded;
    });
}

Result<ReminderRecord> ReminderService::recordLocked(const ReminderRequest &request, const QList<int> &levels)
{
    auto invoice = openInvoice(request.documentId);
    if (!invoice)
        return invoice.error();
    const QString name = invoice->displayName();
    auto dispute = m_disputes.find(invoice->id);
    if (!dispute)
        return dispute.error();
    if (dispute.value())
        return Error::refused(
            tr("%1 is disputed (%2): close the dispute before reminding the customer.")
                .arg(name, dispute.value()->reason.isEmpty() ? tr("no reason given") : dispute.value()->reason));
    auto customer = m_ctx.customers.find(invoice->customerId);
    if (!customer)
        return customer.error();
    if (customer->noReminders)
        return Error::refused(
            tr("%1 is marked \"no reminders\": no reminder is sent for %2.").arg(customer->name, name));
    if (levels.isEmpty())
        return Error::refused(tr("No reminder levels are set (Settings › Company › Reminders)."));

    const QDate today = m_ctx.clock.today();
    const QDate sentOn = request.sentOn.isValid() ? request.sentOn : today;
    if (sentOn > today)
        return Error::invalid(
            tr("A reminder cannot be recorded for a future date (%1).").arg(sentOn.toString(Qt::ISODate)));
    const int days = ReminderPolicy::daysOverdue(invoice->dueDate, sentOn);
    if (days < 1)
        return Error::refused(
            tr("%1 is not overdue yet: it is due on %2.").arg(name, invoice->dueDate.toString(Qt::ISODate)));

    auto sent = m_reminders.forDocument(invoice->id);
    if (!sent)
        return sent.error();
    const ReminderRecord *last = sent->isEmpty() ? nullptr : &sent->last();
    const int lastLevel = last ? last->level : 0;
    const int level = request.level > 0 ? request.level : lastLevel + 1;
    if (level > levels.size())
        return Error::refused(tr("Every reminder level of %1 was already sent (the last, level %2, on %3).")
                                  .arg(name)
                                  .arg(lastLevel)
                                  .arg(last ? last->sentOn.toString(Qt::ISODate) : QString()));
    for (const ReminderRecord &r : std::as_const(sent.value())) {
        if (r.level == level)
            return Error::conflict(tr("The level %1 reminder of %2 was already sent on %3: a level is never sent "
                                      "twice.")
                                       .arg(level)
                                       .arg(name, r.sentOn.toString(Qt::ISODate)));
    }
    if (level < lastLevel)
        return Error::conflict(
            tr("%1 already had a level %2 reminder: a lower level is not sent after it.").arg(name).arg(lastLevel));

    ReminderRecord r;
    r.documentId = invoice->id;
    r.documentNumber = invoice->number;
    r.level = level;
    r.sentOn = sentOn;
    r.daysOverdue = days;
    r.amountDue = invoice->amountDue();
    r.channel = request.channel;
    r.userName = m_ctx.user.name.isEmpty() ? QStringLiteral("system") : m_ctx.user.name;
    r.createdAt = m_ctx.clock.nowUtc();
    auto id = m_reminders.insert(r);
    if (!id)
        return id.error();
    r.id = id.value();
    FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), invoice->id, QStringLiteral("reminder"),
        {{QStringLiteral("level"), level}, {QStringLiteral("channel"), ReminderChannels::key(r.channel)},
            {QStringLiteral("sent_on"), sentOn.toString(Qt::ISODate)}, {QStringLiteral("days_overdue"), days},
            {QStringLiteral("amount_due"), Money::plain(r.amountDue, invoice->currency)}}));
    if (request.chargeLateFee) {
        auto fee = m_fees.chargeFee(r.id);
        if (!fee)
            return fee.error();
        r.feeInvoiceId = fee.value();
    }
    if (m_dispatcher) {
        auto candidate = m_reminders.candidate(invoice->id);
        if (!candidate)
            return candidate.error();
        auto message = m_dispatcher->dispatch(r, candidate.value());
        if (!message)
            return message.error();
        if (message.value() > 0) {
            FACTURO_TRY(m_reminders.attachOutboxMessage(r.id, message.value()));
            r.outboxMessageId = message.value();
        }
    }
    return r;
}

Result<ReminderRecord> ReminderService::sendNow(qint64 documentId, ReminderChannel channel, bool chargeLateFee)
{
    ReminderRequest request;
    request.documentId = documentId;
    request.channel = channel;
    request.chargeLateFee = chargeLateFee;
    return record(request);
}

Result<ReminderRunSummary> ReminderService::run(const ReminderRunOptions &options)
{
    ReminderRunSummary summary;
    summary.asOf = options.asOf.isValid() ? options.asOf : m_ctx.clock.today();
    auto lv = levels();
    if (!lv)
        return lv.error();
    if (options.onlyLevel < 0 || (options.onlyLevel > 0 && options.onlyLevel > lv->size()))
        return Error::invalid(tr("There is no reminder level %1 (levels: %2).").arg(options.onlyLevel).arg(lv->size()));
    if (!options.dryRun && summary.asOf > m_ctx.clock.today())
        return Error::invalid(tr("Reminders cannot be recorded for a future date (%1): use a dry run to see what "
                                 "will be due.")
                                  .arg(summary.asOf.toString(Qt::ISODate)));
    auto due = this->due(summary.asOf, options.onlyLevel);
    if (!due)
        return due.error();
    summary.due = due.value();
    if (options.dryRun)
        return summary;
    const qint64 total = summary.due.size();
    qint64 done = 0;
    for (const DueReminder &d : std::as_const(summary.due)) {
        ReminderRequest request;
        request.documentId = d.invoice.documentId;
        request.level = d.level;
        request.channel = options.channel.value_or(d.channel);
        request.sentOn = summary.asOf;
        request.chargeLateFee = options.chargeLateFees && d.lateFee > 0;
        auto recorded = record(request);
        if (recorded)
            summary.recorded.append(recorded.value());
        else
            summary.failed.append({d.invoice.documentId, d.invoice.number, recorded.message()});
        ++done;
        if (options.progress && !options.progress(done, total)) {
            summary.cancelled = done < total;
            break;
        }
    }
    return summary;
}

Status ReminderService::openDispute(qint64 documentId, const QString &reason)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto doc = m_ctx.documents.find(documentId, false);
        if (!doc)
            return doc.error();
        if (doc->type != DocumentType::Invoice || doc->isDraft())
            return Error::refused(tr("Only a posted invoice can be disputed (%1 is not one).").arg(doc->displayName()));
        const QString cleaned = reason.simplified().left(500);
        FACTURO_TRY(m_disputes.open({doc->id, cleaned, m_ctx.clock.today(), m_ctx.user.name}));
        FACTURO_TRY(m_audit.record(
            QStringLiteral("invoice"), doc->id, QStringLiteral("dispute"), {{QStringLiteral("reason"), cleaned}}));
        return tx.commit();
    });
}

Status ReminderService::closeDispute(qint64 documentId, const QString &note)
{
    return m_ctx.db.retrying([&]() -> Status {
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        auto doc = m_ctx.documents.find(documentId, false);
        if (!doc)
            return doc.error();
        const Status closed = m_disputes.close(doc->id);
        if (!closed)
            return closed.error().kind() == ErrorKind::NotFound
                ? Error::notFound(tr("%1 is not disputed.").arg(doc->displayName()))
                : closed.error();
        FACTURO_TRY(m_audit.record(QStringLiteral("invoice"), doc->id, QStringLiteral("dispute_closed"),
            {{QStringLiteral("note"), note.simplified().left(500)}}));
        return tx.commit();
    });
}
