#include "CliCollectionsCommands.h"

#include "AtomicFile.h"
#include "BulkService.h"
#include "CliCollectionsSupport.h"
#include "CsvWriter.h"
#include "DocumentMailer.h"
#include "ExportService.h"
#include "ImportService.h"
#include "ReportService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace CliCollectionsSupport;

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
    auto limit = s.count(QStringLiteral("limit"), 0, 0, 1'000'000'000);
    if (!limit)
        return limit.error();
    request.limit = limit.value();
    ReportService reports(s.ledger->context());
    auto table = reports.run(request);
    if (!table)
        return table.error();
    if (s.args.has(QStringLiteral("csv"))) {
        AtomicFile file(s.args.option(QStringLiteral("csv")));
        FACTURO_TRY(file.open());
        CsvWriter csv(file.device());
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
        FACTURO_TRY(file.commit());
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
