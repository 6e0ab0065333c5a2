#include "CliCollectionsCommands.h"

#include "BulkService.h"
#include "CsvWriter.h"
#include "DocumentMailer.h"
#include "DocumentPdfService.h"
#include "ExportService.h"
#include "ImportService.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"
#include "ReportService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliCollectionsCommands", text, disambiguation, n);
}

QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// --as-of, --from, --to: a date or, when absent, `fallback`.
Result<QDate> dateOption(CliSession &s, const char *name, const QDate &fallback)
{
    if (!s.args.has(opt(name)))
        return fallback;
    return s.date(s.args.option(opt(name)), QStringLiteral("--") + opt(name));
}

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

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok)
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
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
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(letter->pdf) != letter->pdf.size() || !out.commit())
        return Error::storage(tr("Cannot write %1: %2").arg(file, out.errorString()));
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

Status CliCollectionsCommands::report(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("as-of"), QStringLiteral("from"), QStringLiteral("to"),
                                     QStringLiteral("type"), QStringLiteral("number-from"), QStringLiteral("number-to"),
                                     QStringLiteral("customer"), QStringLiteral("limit"), QStringLiteral("csv")},
        QStringLiteral("report")));
    ReportRequest request;
    request.name = s.args.words.value(1).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (request.name.isEmpty())
        return Error::invalid(tr("Which report? aged_receivables, sales_by_month, sales_by_customer, sales_by_item, "
                                 "tax_summary, collections or invoice_register."));
    auto asOf = dateOption(s, "as-of", QDate());
    auto from = dateOption(s, "from", QDate());
    auto to = dateOption(s, "to", QDate());
    if (!asOf || !from || !to)
        return !asOf ? asOf.error() : !from ? from.error() : to.error();
    request.asOf = asOf.value();
    request.from = from.value();
    request.to = to.value();
    const QString type = s.args.option(QStringLiteral("type"), QStringLiteral("all"));
    if (type == QLatin1String("invoice"))
        request.register_.creditNotes = false;
    else if (type == QLatin1String("credit-note") || type == QLatin1String("credit_note"))
        request.register_.creditNotes = true;
    else if (type != QLatin1String("all"))
        return Error::invalid(tr("--type is invoice, credit-note or all."));
    request.register_.numberFrom = s.args.option(QStringLiteral("number-from"));
    request.register_.numberTo = s.args.option(QStringLiteral("number-to"));
    request.register_.customerId = s.args.option(QStringLiteral("customer"), QStringLiteral("0")).toLongLong();
    request.limit = s.args.option(QStringLiteral("limit"), QStringLiteral("0")).toLongLong();
    ReportService reports(s.ledger->context());
    auto table = reports.run(request);
    if (!table)
        return table.error();
    if (s.args.has(QStringLiteral("csv"))) {
        QFile file(s.args.option(QStringLiteral("csv")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::storage(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        CsvWriter csv(file);
        FACTURO_TRY(csv.writeBom());
        QStringList header;
        for (const ReportColumn &c : std::as_const(table->columns))
            header << c.key;
        FACTURO_TRY(csv.writeRow(header));
        QList<QVariantList> rows = table->rows;
        if (!table->totals.isEmpty())
            rows << table->totals;
        for (const QVariantList &row : std::as_const(rows)) {
            QStringList cells;
            for (qsizetype i = 0; i < table->columns.size(); ++i)
                cells << table->plainText(row.value(i), table->columns.at(i).kind);
            FACTURO_TRY(csv.writeRow(cells));
        }
    }
    if (s.args.json) {
        s.json(table->toJson());
        return {};
    }
    for (const ReportFigure &f : std::as_const(table->figures))
        s.line(QStringLiteral("%1\t%2").arg(f.key, table->plainText(f.value, f.kind)));
    QStringList header;
    for (const ReportColumn &c : std::as_const(table->columns))
        header << c.key;
    s.line(header.join(QLatin1Char('\t')));
    QList<QVariantList> rows = table->rows;
    if (!table->totals.isEmpty())
        rows << table->totals;
    for (const QVariantList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < table->columns.size(); ++i)
            cells << table->plainText(row.value(i), table->columns.at(i).kind);
        s.line(cells.join(QLatin1Char('\t')));
    }
    return {};
}

Status CliCollectionsCommands::importFile(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("dry-run"), QStringLiteral("rows")}, QStringLiteral("import")));
    auto kind = ImportService::kindFromKey(s.args.words.value(1));
    if (!kind)
        return kind.error();
    s.args.verbWords = 2;
    auto path = s.args.positional(0, tr("file to import"));
    if (!path)
        return path.error();
    auto bytes = readInput(path.value());
    if (!bytes)
        return bytes.error();
    ImportOptions options;
    options.dryRun = s.args.flag(QStringLiteral("dry-run"));
    const QString rows = s.args.option(QStringLiteral("rows"), QStringLiteral("all-or-nothing"));
    if (rows != QLatin1String("all-or-nothing") && rows != QLatin1String("valid-only"))
        return Error::invalid(tr("--rows is all-or-nothing or valid-only."));
    options.allOrNothing = rows == QLatin1String("all-or-nothing");
    Ledger &l = *s.ledger;
    ImportService importer(l.context(), l.audit(), l.customers(), l.settings(), l.jobImport());
    auto report = importer.importFile(kind.value(), bytes.value(), options);
    if (!report)
        return report.error();
    static const char *const actions[] = {"create", "update", "skip", "invalid"};
    if (s.args.json) {
        QJsonArray rowArray, issueArray;
        for (const ImportRowAction &r : std::as_const(report->rows))
            rowArray.append(QJsonObject {{QStringLiteral("row"), r.row},
                {QStringLiteral("action"), QString::fromLatin1(actions[static_cast<int>(r.action)])},
                {QStringLiteral("label"), r.label}, {QStringLiteral("detail"), r.detail},
                {QStringLiteral("id"), r.id > 0 ? QJsonValue(r.id) : QJsonValue()}});
        for (const ImportIssue &i : std::as_const(report->issues))
            issueArray.append(QJsonObject {{QStringLiteral("row"), i.row}, {QStringLiteral("field"), i.field},
                {QStringLiteral("message"), i.message}});
        s.json(QJsonObject {{QStringLiteral("kind"), ImportService::kindKey(report->kind)},
            {QStringLiteral("format"), report->format}, {QStringLiteral("encoding"), report->encoding},
            {QStringLiteral("separator"), report->separator.isNull() ? QString() : QString(report->separator)},
            {QStringLiteral("dry_run"), report->dryRun}, {QStringLiteral("imported"), report->imported},
            {QStringLiteral("created"), report->created}, {QStringLiteral("updated"), report->updated},
            {QStringLiteral("skipped"), report->skipped}, {QStringLiteral("rows"), rowArray},
            {QStringLiteral("issues"), issueArray}});
    } else {
        for (const ImportRowAction &r : std::as_const(report->rows))
            s.line(QStringLiteral("%1\t%2\t%3\t%4")
                       .arg(r.row)
                       .arg(QString::fromLatin1(actions[static_cast<int>(r.action)]), r.label, r.detail));
    }
    if (!report->issues.isEmpty()) {
        QStringList lines;
        for (const ImportIssue &i : std::as_const(report->issues))
            lines << i.text();
        const QString tail = report->imported ? tr("The other rows were imported.") : tr("Nothing was imported.");
        return Error::invalid(lines.join(QStringLiteral("\n")) + QLatin1Char('\n') + tail);
    }
    return {};
}

Status CliCollectionsCommands::exportFile(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("out"),
                                     QStringLiteral("format"), QStringLiteral("separator")},
        QStringLiteral("export")));
    auto kind = ExportService::kindFromKey(s.args.words.value(1));
    auto format = ExportService::formatFromKey(s.args.option(QStringLiteral("format")));
    if (!kind || !format)
        return !kind ? kind.error() : format.error();
    for (const char *required : {"from", "to", "out"})
        if (!s.args.has(opt(required)))
            return Error::invalid(tr("--%1 is required.").arg(opt(required)));
    ExportRequest request;
    request.kind = kind.value();
    request.format = format.value();
    auto from = dateOption(s, "from", QDate());
    auto to = dateOption(s, "to", QDate());
    if (!from || !to)
        return !from ? from.error() : to.error();
    request.from = from.value();
    request.to = to.value();
    const QString separator = s.args.option(QStringLiteral("separator"), QStringLiteral(","));
    request.separator
        = separator == QLatin1String("tab") ? QChar(u'\t') : (separator.isEmpty() ? QChar() : separator.at(0));
    if (separator.size() != 1 && separator != QLatin1String("tab"))
        return Error::invalid(tr("--separator is , ; or tab."));
    ExportService exporter(s.ledger->context(), s.ledger->audit());
    const QString out = s.args.option(QStringLiteral("out"));
    Result<qint64> rows = qint64(0);
    if (out == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return Error::storage(tr("Cannot write to standard output."));
        rows = exporter.write(stdoutFile, request);
    } else {
        rows = exporter.writeFile(out, request);
    }
    if (!rows)
        return rows.error();
    if (out != QLatin1String("-")) {
        if (s.args.json)
            s.json(QJsonObject {{QStringLiteral("file"), out}, {QStringLiteral("rows"), rows.value()}});
        else
            s.line(QString::number(rows.value()));
    }
    return {};
}

Status CliCollectionsCommands::bulk(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("bulk ") + sub));
    Ledger &l = *s.ledger;
    BulkService bulk(l.context(), l.drafts(), l.posting());
    QList<qint64> ids;
    const QStringList words = s.args.words.mid(2);
    const bool all = words == QStringList {QStringLiteral("all")};
    QList<BulkSendLine> sendList;
    if (sub == QLatin1String("send")) {
        // A CSV list of document numbers (and addresses): each queued in the outbox with its PDF.
        auto path = s.args.positional(0, tr("list of documents to send (CSV)"));
        if (!path)
            return path.error();
        auto bytes = readInput(path.value());
        if (!bytes)
            return bytes.error();
        auto lines = BulkService::readSendList(bytes.value());
        if (!lines)
            return lines.error();
        sendList = lines.value();
    } else if (sub == QLatin1String("post") && all) {
        auto drafts = bulk.drafts();
        if (!drafts)
            return drafts.error();
        for (const DocumentSummary &d : std::as_const(drafts.value()))
            ids << d.id;
    } else if (sub == QLatin1String("from-orders") && all) {
        auto orders = bulk.ordersToInvoice();
        if (!orders)
            return orders.error();
        for (const ServiceOrderSummary &o : std::as_const(orders.value()))
            ids << o.id;
    } else {
        for (const QString &word : words) {
            auto id = sub == QLatin1String("post") ? s.documentId(word) : Result<qint64>(word.toLongLong());
            if (!id || id.value() <= 0)
                return id ? Error::invalid(tr("\"%1\" is not an id.").arg(word)) : id.error();
            ids << id.value();
        }
    }
    BulkSummary summary;
    const BulkProgress progress = [&s](qint64 done, qint64 total, const QString &) {
        s.progress(tr("Working:"), done, total);
        return true;
    };
    if (sub == QLatin1String("post"))
        summary = bulk.post(ids, progress);
    else if (sub == QLatin1String("from-orders"))
        summary = bulk.createDrafts(ids, progress);
    else if (sub == QLatin1String("send")) {
        DocumentMailer mailer(l);
        summary = bulk.send(
            sendList,
            [&mailer](const Document &document, const QString &address) -> Status {
                DocumentMailRequest request;
                request.documentId = document.id;
                if (!address.isEmpty())
                    request.to = QStringList {address};
                auto queued = mailer.queue(request);
                if (!queued)
                    return queued.error();
                return {};
            },
            progress);
    } else
        return Error::invalid(
            tr("Unknown command 'bulk %1' (post DRAFT...|all, from-orders ORDER...|all, send LIST).").arg(sub));
    QJsonArray done, failed;
    for (const BulkItem &i : std::as_const(summary.done)) {
        done.append(QJsonObject {{QStringLiteral("id"), i.id}, {QStringLiteral("label"), i.label},
            {QStringLiteral("outcome"), i.outcome}, {QStringLiteral("result_id"), i.resultId}});
        if (!s.args.json)
            s.line(QStringLiteral("%1\t%2").arg(i.label, i.outcome));
    }
    for (const BulkItem &i : std::as_const(summary.failed))
        failed.append(QJsonObject {
            {QStringLiteral("id"), i.id}, {QStringLiteral("label"), i.label}, {QStringLiteral("message"), i.message}});
    if (s.args.json)
        s.json(QJsonObject {{QStringLiteral("total"), summary.total}, {QStringLiteral("done"), done},
            {QStringLiteral("failed"), failed}});
    if (!summary.failed.isEmpty()) {
        QStringList reasons;
        for (const BulkItem &i : std::as_const(summary.failed))
            reasons << i.label + QStringLiteral(": ") + i.message;
        return Error::refused(tr("%1 of %2 refused (the others were done): %3")
                                  .arg(summary.failed.size())
                                  .arg(summary.total)
                                  .arg(reasons.join(QStringLiteral("; "))));
    }
    return {};
}
