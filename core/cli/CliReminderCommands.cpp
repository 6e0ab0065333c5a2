// The reminders verbs: due, run (with letters), send, letter, history, dispute, undispute, fee.
#include "CliCollectionsCommands.h"

#include "AtomicFile.h"
#include "CliCollectionsSupport.h"
#include "DocumentPdfService.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

using namespace CliCollectionsSupport;

namespace {
Result<int> levelOption(CliSession &s)
{
    if (!s.args.has(QStringLiteral("level")))
        return 0;
    bool ok = false;
    const int level = s.args.option(QStringLiteral("level")).toInt(&ok);
    if (!ok || level < 1)
        return Error::invalid(tr("--level takes a reminder level: 1, 2, 3, ..."));
    return level;
}

Result<bool> yesNo(CliSession &s, const char *name)
{
    const QString value = s.args.option(opt(name), QStringLiteral("no")).toLower();
    if (value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("no"))
        return false;
    return Error::invalid(tr("--%1 takes yes or no.").arg(opt(name)));
}

QJsonObject dueJson(CliSession &s, const DueReminder &d)
{
    return {{QStringLiteral("document_id"), d.invoice.documentId}, {QStringLiteral("number"), d.invoice.number},
        {QStringLiteral("customer_id"), d.invoice.customerId}, {QStringLiteral("customer"), d.invoice.customerName},
        {QStringLiteral("email"), d.invoice.customerEmail},
        {QStringLiteral("due_date"), d.invoice.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("days_overdue"), d.daysOverdue}, {QStringLiteral("level"), d.level},
        {QStringLiteral("last_level_sent"), d.invoice.lastLevelSent},
        {QStringLiteral("amount_due"), s.money(d.invoice.amountDue)},
        {QStringLiteral("channel"), ReminderChannels::key(d.channel)},
        {QStringLiteral("late_fee"), s.money(d.lateFee)}};
}

QJsonObject recordJson(CliSession &s, const ReminderRecord &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("document_id"), r.documentId},
        {QStringLiteral("number"), r.documentNumber}, {QStringLiteral("level"), r.level},
        {QStringLiteral("sent_on"), r.sentOn.toString(Qt::ISODate)}, {QStringLiteral("days_overdue"), r.daysOverdue},
        {QStringLiteral("amount_due"), s.money(r.amountDue)},
        {QStringLiteral("channel"), ReminderChannels::key(r.channel)}, {QStringLiteral("user"), r.userName},
        {QStringLiteral("fee_invoice_id"), r.feeInvoiceId > 0 ? QJsonValue(r.feeInvoiceId) : QJsonValue()},
        {QStringLiteral("outbox_message_id"), r.outboxMessageId > 0 ? QJsonValue(r.outboxMessageId) : QJsonValue()}};
}

void printDue(CliSession &s, const QList<DueReminder> &due)
{
    for (const DueReminder &d : due)
        s.line(QStringLiteral("%1\t%2\t%3\t%4\tlevel %5\t%6\t%7")
                   .arg(d.invoice.number, d.invoice.customerName, d.invoice.dueDate.toString(Qt::ISODate))
                   .arg(d.daysOverdue)
                   .arg(d.level)
                   .arg(s.money(d.invoice.amountDue), ReminderChannels::key(d.channel)));
}

// Writes one customer's reminder letter (PDF) into `dir`; returns the file written.
Result<QString> writeLetter(
    CliSession &s, const QString &path, qint64 customerId, const QList<qint64> &invoices, int level, bool pathIsDir)
{
    DocumentPdfService pdfs(*s.ledger);
    auto letter = pdfs.reminderPdf(customerId, invoices, level);
    if (!letter)
        return letter.error();
    const QString file = pathIsDir ? QDir(path).filePath(letter->fileName) : path;
    FACTURO_TRY(AtomicFile::write(file, letter->pdf));
    return file;
}

Status remindersRun(CliSession &s, ReminderService &reminders)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("level"), QStringLiteral("dry-run"), QStringLiteral("as-of"),
                                     QStringLiteral("channel"), QStringLiteral("late-fees"), QStringLiteral("letters")},
        QStringLiteral("reminders run")));
    const QString lettersDir = s.args.option(QStringLiteral("letters"));
    if (!lettersDir.isEmpty() && !QDir().mkpath(lettersDir))
        return Error::storage(tr("Cannot create the folder %1.").arg(lettersDir));
    ReminderRunOptions options;
    auto asOf = dateOption(s, "as-of", s.ledger->context().clock.today());
    auto level = levelOption(s);
    auto fees = yesNo(s, "late-fees");
    if (!asOf || !level || !fees)
        return !asOf ? asOf.error() : !level ? level.error() : fees.error();
    options.asOf = asOf.value();
    options.onlyLevel = level.value();
    options.dryRun = s.args.flag(QStringLiteral("dry-run"));
    options.chargeLateFees = fees.value();
    if (s.args.has(QStringLiteral("channel"))) {
        ReminderChannel channel;
        if (!ReminderChannels::fromKey(s.args.option(QStringLiteral("channel")), &channel))
            return Error::invalid(tr("--channel is email, letter or manual."));
        options.channel = channel;
    }
    options.progress = [&s](qint64 done, qint64 total) {
        s.progress(tr("Recording reminders:"), done, total);
        return true;
    };
    auto summary = reminders.run(options);
    if (!summary)
        return summary.error();
    // --letters DIR: one letter per customer for the reminders recorded as letters.
    QJsonArray letters;
    QStringList letterErrors;
    if (!lettersDir.isEmpty()) {
        QMap<qint64, QList<qint64>> invoicesOf;
        QMap<qint64, int> levelOf;
        for (const ReminderRecord &r : std::as_const(summary->recorded)) {
            if (r.channel != ReminderChannel::Letter)
                continue;
            for (const DueReminder &d : std::as_const(summary->due)) {
                if (d.invoice.documentId != r.documentId)
                    continue;
                invoicesOf[d.invoice.customerId] << r.documentId;
                levelOf[d.invoice.customerId] = std::max(levelOf.value(d.invoice.customerId), r.level);
            }
        }
        for (auto it = invoicesOf.cbegin(); it != invoicesOf.cend(); ++it) {
            auto file = writeLetter(s, lettersDir, it.key(), it.value(), levelOf.value(it.key()), true);
            if (file)
                letters.append(file.value());
            else
                letterErrors << file.message();
        }
    }
    if (s.args.json) {
        QJsonArray due, recorded, failed;
        for (const DueReminder &d : std::as_const(summary->due))
            due.append(dueJson(s, d));
        for (const ReminderRecord &r : std::as_const(summary->recorded))
            recorded.append(recordJson(s, r));
        for (const ReminderRunFailure &f : std::as_const(summary->failed))
            failed.append(QJsonObject {{QStringLiteral("number"), f.number}, {QStringLiteral("message"), f.message}});
        s.json(QJsonObject {{QStringLiteral("as_of"), summary->asOf.toString(Qt::ISODate)},
            {QStringLiteral("dry_run"), options.dryRun}, {QStringLiteral("due"), due},
            {QStringLiteral("recorded"), recorded}, {QStringLiteral("failed"), failed},
            {QStringLiteral("letters"), letters}});
    } else if (options.dryRun) {
        printDue(s, summary->due);
    } else {
        for (const ReminderRecord &r : std::as_const(summary->recorded))
            s.line(QStringLiteral("%1\tlevel %2\t%3\t%4")
                       .arg(r.documentNumber)
                       .arg(r.level)
                       .arg(ReminderChannels::key(r.channel), s.money(r.amountDue)));
    }
    if (!summary->failed.isEmpty() || !letterErrors.isEmpty()) {
        QStringList reasons = letterErrors;
        for (const ReminderRunFailure &f : std::as_const(summary->failed))
            reasons << f.number + QStringLiteral(": ") + f.message;
        return Error::refused(tr("%n reminder(s) or letter(s) could not be made (the others were): %1", nullptr,
            static_cast<int>(reasons.size()))
                                  .arg(reasons.join(QStringLiteral("; "))));
    }
    return {};
}

Status reminderFee(CliSession &s, ReminderService &reminders)
{
    const QString sub = s.args.words.value(2);
    s.args.verbWords = 3;
    if (sub == QLatin1String("list")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("reminders fee list")));
        auto rules = reminders.fees().rules();
        if (!rules)
            return rules.error();
        QJsonArray array;
        for (const LateFeeRule &r : std::as_const(rules.value())) {
            const bool percent = r.kind == LateFeeRule::Kind::Percent;
            const QString amount = percent ? Percentage::fromScaled(r.amount).toString() : s.money(r.amount);
            array.append(QJsonObject {{QStringLiteral("level"), r.level},
                {QStringLiteral("kind"), percent ? QStringLiteral("percent") : QStringLiteral("flat")},
                {QStringLiteral("amount"), amount}});
            if (!s.args.json)
                s.line(QStringLiteral("level %1\t%2%3")
                           .arg(r.level)
                           .arg(amount, percent ? QStringLiteral(" %") : QString()));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    auto level = levelOption(s);
    if (!level)
        return level.error();
    if (level.value() == 0)
        return Error::invalid(tr("--level is required."));
    if (sub == QLatin1String("remove")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("level")}, QStringLiteral("reminders fee remove")));
        return reminders.fees().removeRule(level.value());
    }
    if (sub != QLatin1String("set"))
        return Error::invalid(tr("Unknown command 'reminders fee %1' (set, list, remove).").arg(sub));
    FACTURO_TRY(s.args.allowOnly(
        {QStringLiteral("level"), QStringLiteral("amount"), QStringLiteral("percent"), QStringLiteral("description")},
        QStringLiteral("reminders fee set")));
    LateFeeRule rule;
    rule.level = level.value();
    rule.description = s.args.option(QStringLiteral("description"));
    if (s.args.has(QStringLiteral("percent")) == s.args.has(QStringLiteral("amount")))
        return Error::invalid(tr("Give either --amount (a flat fee) or --percent (of the amount due)."));
    if (s.args.has(QStringLiteral("percent"))) {
        auto percent = Percentage::parse(s.args.option(QStringLiteral("percent")), false);
        if (!percent)
            return percent.error().prefixed(QStringLiteral("--percent"));
        rule.kind = LateFeeRule::Kind::Percent;
        rule.amount = percent->scaled();
    } else {
        auto amount = s.amount(s.args.option(QStringLiteral("amount")));
        if (!amount)
            return amount.error().prefixed(QStringLiteral("--amount"));
        rule.amount = amount.value();
    }
    return reminders.fees().saveRule(rule);
}
} // namespace

Status CliCollectionsCommands::reminders(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    Ledger &l = *s.ledger;
    ReminderService reminders(l.context(), l.audit(), l.drafts());
    // Email reminders are queued in the outbox (sent by the outbox's sender).
    ReminderOutboxDispatcher outbox(l.context(), l.audit());
    DocumentPdfService pdfs(l);
    outbox.setAttachments(
        [&pdfs](const ReminderRecord &r, const ReminderCandidate &invoice) -> Result<QList<MailAttachment>> {
            auto letter = pdfs.reminderPdf(invoice.customerId, {invoice.documentId}, r.level);
            if (!letter)
                return letter.error();
            return QList<MailAttachment> {{letter->fileName, QStringLiteral("application/pdf"), letter->pdf}};
        });
    reminders.setDispatcher(&outbox);
    if (sub == QLatin1String("due")) {
        FACTURO_TRY(
            s.args.allowOnly({QStringLiteral("as-of"), QStringLiteral("level")}, QStringLiteral("reminders due")));
        auto asOf = dateOption(s, "as-of", l.context().clock.today());
        auto level = levelOption(s);
        if (!asOf || !level)
            return !asOf ? asOf.error() : level.error();
        auto due = reminders.due(asOf.value(), level.value());
        if (!due)
            return due.error();
        if (s.args.json) {
            QJsonArray array;
            for (const DueReminder &d : std::as_const(due.value()))
                array.append(dueJson(s, d));
            s.json(array);
        } else {
            printDue(s, due.value());
        }
        return {};
    }
    if (sub == QLatin1String("run"))
        return remindersRun(s, reminders);
    if (sub == QLatin1String("fee"))
        return reminderFee(s, reminders);
    if (sub == QLatin1String("letter")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("out"), QStringLiteral("level"), QStringLiteral("as-of")},
            QStringLiteral("reminders letter")));
        auto customer = s.args.positional(0, tr("customer id"));
        auto level = levelOption(s);
        auto asOf = dateOption(s, "as-of", l.context().clock.today());
        if (!customer || !level || !asOf)
            return !customer ? customer.error() : !level ? level.error() : asOf.error();
        if (!s.args.has(QStringLiteral("out")))
            return Error::invalid(tr("--out is required."));
        auto overdue = reminders.overdueOf(customer->toLongLong(), asOf.value());
        if (!overdue)
            return overdue.error();
        if (overdue->isEmpty())
            return Error::notFound(tr("Customer %1 has no overdue invoice to remind.").arg(customer.value()));
        QList<qint64> ids;
        int lastLevel = 1;
        for (const ReminderCandidate &c : std::as_const(overdue.value())) {
            ids << c.documentId;
            lastLevel = std::max(lastLevel, c.lastLevelSent);
        }
        auto file = writeLetter(s, s.args.option(QStringLiteral("out")), customer->toLongLong(), ids,
            level.value() > 0 ? level.value() : lastLevel, false);
        if (!file)
            return file.error();
        s.line(file.value());
        return {};
    }
    auto reference = s.args.positional(0, tr("invoice number"));
    if (!reference)
        return reference.error();
    auto id = s.documentId(reference.value());
    if (!id)
        return id.error();
    if (sub == QLatin1String("send")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("channel"), QStringLiteral("level"), QStringLiteral("late-fee")},
            QStringLiteral("reminders send")));
        ReminderRequest request;
        request.documentId = id.value();
        if (!ReminderChannels::fromKey(
                s.args.option(QStringLiteral("channel"), QStringLiteral("manual")), &request.channel))
            return Error::invalid(tr("--channel is email, letter or manual."));
        auto level = levelOption(s);
        auto fee = yesNo(s, "late-fee");
        if (!level || !fee)
            return !level ? level.error() : fee.error();
        request.level = level.value();
        request.chargeLateFee = fee.value();
        auto recorded = reminders.record(request);
        if (!recorded)
            return recorded.error();
        if (s.args.json)
            s.json(recordJson(s, recorded.value()));
        else
            s.line(QString::number(recorded->level));
        return {};
    }
    if (sub == QLatin1String("history")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("reminders history")));
        auto history = reminders.history(id.value());
        if (!history)
            return history.error();
        QJsonArray array;
        for (const ReminderRecord &r : std::as_const(history.value())) {
            array.append(recordJson(s, r));
            if (!s.args.json)
                s.line(QStringLiteral("level %1\t%2\t%3\t%4")
                           .arg(r.level)
                           .arg(r.sentOn.toString(Qt::ISODate), ReminderChannels::key(r.channel), r.userName));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    if (sub == QLatin1String("dispute")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("reason")}, QStringLiteral("reminders dispute")));
        return reminders.openDispute(id.value(), s.args.option(QStringLiteral("reason")));
    }
    if (sub == QLatin1String("undispute")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("note")}, QStringLiteral("reminders undispute")));
        return reminders.closeDispute(id.value(), s.args.option(QStringLiteral("note")));
    }
    return Error::invalid(
        tr("Unknown command 'reminders %1' (due, run, send, letter, history, dispute, undispute, fee).").arg(sub));
}
