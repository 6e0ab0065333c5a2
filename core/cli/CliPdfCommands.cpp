#include "CliPdfCommands.h"

#include "BulkPdfExporter.h"
#include "DocumentPdfService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliPdfCommands", text, disambiguation, n);
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

Result<std::optional<DocumentType>> typeOption(CliSession &s)
{
    const QString t = s.args.option(QStringLiteral("type"), QStringLiteral("invoice"));
    if (t == QLatin1String("all"))
        return std::optional<DocumentType>();
    if (t == QLatin1String("credit-note") || t == QLatin1String("credit_note"))
        return std::optional<DocumentType>(DocumentType::CreditNote);
    if (t == QLatin1String("invoice"))
        return std::optional<DocumentType>(DocumentType::Invoice);
    return Error::invalid(tr("--type is invoice, credit-note or all."));
}

Status single(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("out")}, QStringLiteral("invoice pdf")));
    auto reference = s.args.positional(0, tr("invoice number or id (or --month YYYY-MM)"));
    if (!reference)
        return reference.error();
    if (s.args.option(QStringLiteral("out")).isEmpty())
        return Error::invalid(tr("--out FILE is required."));
    auto id = s.documentId(reference.value());
    if (!id)
        return id.error();
    const QString out = absolute(s.args.option(QStringLiteral("out")));
    auto written = DocumentPdfService(*s.ledger).exportToFile(id.value(), out);
    if (!written)
        return written.error();
    if (s.args.json)
        s.json(QJsonObject {{QStringLiteral("file"), out}, {QStringLiteral("sha256"), written->sha256},
            {QStringLiteral("bytes"), static_cast<qint64>(written->pdf.size())},
            {QStringLiteral("from_archive"), written->fromArchive}});
    else
        s.line(out);
    return {};
}

Status month(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly(
        {QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("combined"), QStringLiteral("type")},
        QStringLiteral("invoice pdf --month")));
    const QString folder = s.args.option(QStringLiteral("out"));
    const QString combined = s.args.option(QStringLiteral("combined"));
    if (folder.isEmpty() && combined.isEmpty())
        return Error::invalid(tr("--out DIR (a folder of PDFs) or --combined FILE (one PDF) is required."));
    auto type = typeOption(s);
    if (!type)
        return type.error();
    auto filter = BulkPdfExporter::monthFilter(s.args.option(QStringLiteral("month")), type.value());
    if (!filter)
        return filter.error();
    BulkPdfExporter exporter(*s.ledger);
    auto ids = exporter.select(filter.value());
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::notFound(tr("No posted document was issued in %1.").arg(s.args.option(QStringLiteral("month"))));
    const auto progress = [&s](int done, int total, const QString &) {
        s.progress(tr("PDF"), done, total);
        return true;
    };

    QJsonObject result {{QStringLiteral("count"), static_cast<qint64>(ids->size())}};
    if (!folder.isEmpty()) {
        auto summary = exporter.exportToFolder(ids.value(), absolute(folder), progress);
        if (!summary)
            return summary.error();
        QJsonArray files;
        for (const QString &file : std::as_const(summary->files)) {
            files.append(file);
            if (!s.args.json)
                s.line(file);
        }
        result.insert(QStringLiteral("files"), files);
        if (!summary->failures.isEmpty()) {
            for (const QString &failure : std::as_const(summary->failures))
                s.err << "facturo-cli: " << failure << '\n';
            s.err.flush();
            if (s.args.json)
                s.json(result);
            return Error::storage(
                tr("%n document(s) could not be exported.", nullptr, static_cast<int>(summary->failures.size())));
        }
    }
    if (!combined.isEmpty()) {
        auto summary = exporter.exportCombined(ids.value(), absolute(combined), progress);
        if (!summary)
            return summary.error();
        result.insert(QStringLiteral("combined"), summary->combinedFile);
        if (!s.args.json)
            s.line(summary->combinedFile);
    }
    if (s.args.json)
        s.json(result);
    return {};
}
} // namespace

Status CliPdfCommands::invoicePdf(CliSession &s)
{
    s.args.verbWords = 2;
    if (s.args.has(QStringLiteral("month")))
        return month(s);
    return single(s);
}

bool CliPdfCommands::needsGraphics(const QStringList &arguments)
{
    // invoice pdf, invoice / credit-note send (the attachment is the document's PDF) and einvoice
    // (Factur-X paints the document).
    auto parsed = CliArguments::parse(arguments);
    if (!parsed)
        return false;
    const QString verb = parsed->words.value(0);
    const QString sub = parsed->words.value(1);
    // Reminders: letters, and the letter attached to an email reminder.
    if (verb == QLatin1String("reminders"))
        return sub == QLatin1String("run") || sub == QLatin1String("send") || sub == QLatin1String("letter");
    if (verb == QLatin1String("bulk"))
        return sub == QLatin1String("send");
    if (verb == QLatin1String("handoff")) // the send rule attaches the posted invoice's PDF
        return sub == QLatin1String("run");
    return (verb == QLatin1String("invoice") || verb == QLatin1String("credit-note"))
        && (sub == QLatin1String("pdf") || sub == QLatin1String("send") || sub == QLatin1String("einvoice"));
}
