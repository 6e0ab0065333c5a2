#include "CliEInvoiceCommands.h"

#include "BulkPdfExporter.h"
#include "EInvoiceService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliEInvoiceCommands", text, disambiguation, n);
}

Result<EInvoiceFormat> formatOption(const QString &text)
{
    const QString k = text.trimmed().toLower();
    if (k == QLatin1String("ubl"))
        return EInvoiceFormat::En16931Ubl;
    if (k == QLatin1String("cii"))
        return EInvoiceFormat::En16931Cii;
    const auto format = EInvoiceFormats::fromKey(k);
    if (!format || *format == EInvoiceFormat::None)
        return Error::invalid(
            tr("--format is ubl, cii, peppol, xrechnung-ubl, xrechnung-cii or facturx (not \"%1\").").arg(text));
    return *format;
}

// --format, else the format the customer wanted when the document was posted (its snapshot),
// else the customer's format now.
Result<EInvoiceFormat> formatFor(CliSession &s, const Document &d)
{
    if (s.args.has(QStringLiteral("format")))
        return formatOption(s.args.option(QStringLiteral("format")));
    if (!d.isDraft()) {
        auto parties = PartySnapshot::parse(d.snapshot);
        if (parties && parties->preferredFormat != EInvoiceFormat::None)
            return parties->preferredFormat;
    }
    auto customer = s.ledger->context().customers.find(d.customerId);
    if (!customer)
        return customer.error();
    if (customer->einvoiceFormat == EInvoiceFormat::None)
        return Error::invalid(tr("%1: --format is required (customer %2 has no preferred e-invoice format).")
                                  .arg(d.displayName(), customer->name));
    return customer->einvoiceFormat;
}

Result<Document> documentOf(CliSession &s, const QString &what)
{
    auto ref = s.args.positional(0, what);
    if (!ref)
        return ref.error();
    auto id = s.documentId(ref.value());
    if (!id)
        return id.error();
    return s.ledger->context().documents.find(id.value(), false);
}

Status single(CliSession &s, DocumentType type)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("out"), QStringLiteral("format")},
        type == DocumentType::Invoice ? QStringLiteral("invoice einvoice") : QStringLiteral("credit-note einvoice")));
    auto d = documentOf(s,
        type == DocumentType::Invoice ? tr("invoice number or id (or --month YYYY-MM)")
                                      : tr("credit note number or id"));
    if (!d)
        return d.error();
    if (d->type != type)
        return Error::invalid(type == DocumentType::Invoice
                ? tr("%1 is a credit note: use credit-note einvoice.").arg(d->displayName())
                : tr("%1 is not a credit note.").arg(d->displayName()));
    if (s.args.option(QStringLiteral("out")).isEmpty())
        return Error::invalid(tr("--out FILE is required."));
    auto format = formatFor(s, d.value());
    if (!format)
        return format.error();
    const QString out = QFileInfo(s.args.option(QStringLiteral("out"))).absoluteFilePath();
    auto written = EInvoiceService(*s.ledger).exportToFile(d->id, format.value(), out);
    if (!written)
        return written.error();
    if (s.args.json)
        s.json(QJsonObject {{QStringLiteral("file"), out},
            {QStringLiteral("format"), EInvoiceFormats::key(format.value())},
            {QStringLiteral("sha256"), written->sha256},
            {QStringLiteral("bytes"), static_cast<qint64>(written->bytes.size())},
            {QStringLiteral("from_archive"), written->fromArchive}});
    else
        s.line(out);
    return {};
}

Status month(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("month"), QStringLiteral("out"), QStringLiteral("format")},
        QStringLiteral("invoice einvoice --month")));
    const QString folder = s.args.option(QStringLiteral("out"));
    if (folder.isEmpty())
        return Error::invalid(tr("--out DIR is required."));
    std::optional<EInvoiceFormat> forced;
    if (s.args.has(QStringLiteral("format"))) {
        auto f = formatOption(s.args.option(QStringLiteral("format")));
        if (!f)
            return f.error();
        forced = f.value();
    }
    auto filter = BulkPdfExporter::monthFilter(s.args.option(QStringLiteral("month")), std::nullopt);
    if (!filter)
        return filter.error();
    auto ids = BulkPdfExporter(*s.ledger).select(filter.value());
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::notFound(tr("No posted document was issued in %1.").arg(s.args.option(QStringLiteral("month"))));
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Error::storage(tr("The folder %1 cannot be created.").arg(dir.path()));
    EInvoiceService service(*s.ledger);
    QJsonArray files, refused;
    int done = 0;
    for (qint64 id : ids.value()) {
        s.progress(tr("E-invoice"), ++done, ids->size());
        auto d = s.ledger->context().documents.find(id, false);
        if (!d)
            return d.error();
        auto format = forced ? Result<EInvoiceFormat>(*forced) : formatFor(s, d.value());
        Result<EInvoiceOutput> written = format ? service.exportToFile(id, format.value(),
                                             dir.filePath(EInvoiceService::fileNameFor(d.value(), format.value())))
                                                : Result<EInvoiceOutput>(format.error());
        if (!written) {
            refused.append(
                QJsonObject {{QStringLiteral("number"), d->number}, {QStringLiteral("error"), written.message()}});
            s.err << "facturo-cli: " << written.message() << '\n';
            continue;
        }
        const QString file = dir.filePath(written->fileName);
        files.append(QJsonObject {{QStringLiteral("number"), d->number}, {QStringLiteral("file"), file},
            {QStringLiteral("format"), EInvoiceFormats::key(format.value())},
            {QStringLiteral("sha256"), written->sha256}});
        if (!s.args.json)
            s.line(file);
    }
    s.err.flush();
    if (s.args.json)
        s.json(QJsonObject {{QStringLiteral("count"), static_cast<qint64>(ids->size())},
            {QStringLiteral("written"), files}, {QStringLiteral("refused"), refused}});
    else
        s.line(tr("%1 of %2 document(s) written to %3; %4 refused.")
                   .arg(files.size())
                   .arg(ids->size())
                   .arg(dir.path())
                   .arg(refused.size()));
    if (!refused.isEmpty())
        return Error::refused(
            tr("%n document(s) could not be written as e-invoices.", nullptr, static_cast<int>(refused.size())));
    return {};
}
} // namespace

Status CliEInvoiceCommands::einvoice(CliSession &s, DocumentType type)
{
    if (type == DocumentType::Invoice && s.args.has(QStringLiteral("month")))
        return month(s);
    return single(s, type);
}

Status CliEInvoiceCommands::check(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("format")}, QStringLiteral("invoice einvoice-check")));
    auto d = documentOf(s, tr("invoice number or draft id"));
    if (!d)
        return d.error();
    auto format = formatFor(s, d.value());
    if (!format)
        return format.error();
    const QStringList missing = EInvoiceService(*s.ledger).missing(d->id, format.value());
    if (s.args.json) {
        QJsonArray array;
        for (const QString &m : missing)
            array.append(m);
        s.json(QJsonObject {
            {QStringLiteral("format"), EInvoiceFormats::key(format.value())}, {QStringLiteral("missing"), array}});
    } else {
        for (const QString &m : missing)
            s.line(m);
    }
    if (!missing.isEmpty())
        return Error::refused(
            tr("%1 cannot be written as %2 yet: %n item(s) missing.", nullptr, static_cast<int>(missing.size()))
                .arg(d->displayName(), EInvoiceFormats::key(format.value())));
    if (!s.args.json)
        s.line(tr("%1 can be written as %2.").arg(d->displayName(), EInvoiceFormats::key(format.value())));
    return {};
}
