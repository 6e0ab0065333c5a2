#include "EInvoiceService.h"

#include "EInvoiceArchiveRepository.h"
#include "EInvoiceCheck.h"
#include "EInvoicePreflight.h"
#include "EInvoiceWriter.h"
#include "FacturXDocumentPdf.h"
#include "Ledger.h"
#include "Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QString EInvoiceService::fileNameFor(const Document &document, EInvoiceFormat format)
{
    QString name = DocumentPdfService::fileNameFor(document); // "NUMBER.pdf", made safe
    if (format != EInvoiceFormat::FacturX)
        name = name.left(name.size() - 4) + QStringLiteral(".xml");
    return name;
}

Result<EInvoiceMapper::Credited> EInvoiceService::creditedOf(const Document &document)
{
    if (document.type != DocumentType::CreditNote || document.creditedDocumentId <= 0)
        return EInvoiceMapper::Credited();
    auto invoice = m_ledger.context().documents.find(document.creditedDocumentId, false);
    if (!invoice)
        return invoice.error();
    return EInvoiceMapper::Credited {invoice->number, invoice->issueDate};
}

Result<QList<EInvoiceArchiveEntry>> EInvoiceService::archived(qint64 documentId)
{
    return EInvoiceArchiveRepository(m_ledger.database()).list(documentId);
}

Result<EInvoice> EInvoiceService::model(qint64 documentId)
{
    LedgerContext &ctx = m_ledger.context();
    auto document = ctx.documents.find(documentId);
    if (!document)
        return document.error();
    auto credited = creditedOf(document.value());
    if (!credited)
        return credited.error();
    if (document->isDraft()) {
        auto company = ctx.company.load();
        if (!company)
            return company.error();
        auto customer = ctx.customers.find(document->customerId);
        if (!customer)
            return customer.error();
        Document d = document.value();
        d.number = d.displayName();
        d.issueDate = ctx.clock.today();
        d.dueDate = d.issueDate.addDays(d.paymentTermsDays);
        return EInvoiceMapper::map(
            d, PartySnapshot::of(company.value(), customer.value(), d.paymentTermsDays), credited.value());
    }
    auto parties = PartySnapshot::parse(document->snapshot);
    if (!parties)
        return parties.error().prefixed(document->displayName());
    return EInvoiceMapper::map(document.value(), parties.value(), credited.value(), document->amountPaid);
}

QStringList EInvoiceService::missing(qint64 documentId, EInvoiceFormat format)
{
    const auto profile = EInvoicePreflight::profileOf(format);
    if (!profile)
        return {tr("an e-invoice format")};
    auto document = m_ledger.context().documents.find(documentId, false);
    if (!document)
        return {document.message()};
    if (!document->isDraft()) {
        auto archived = EInvoiceArchiveRepository(m_ledger.database()).find(documentId, EInvoiceFormats::key(format));
        if (!archived)
            return {archived.message()};
        if (archived->has_value())
            return {};
    }
    auto invoice = model(documentId);
    if (!invoice)
        return {invoice.message()};
    return EInvoiceCheck::check(invoice.value(), profile.value());
}

Result<EInvoiceService::Prepared> EInvoiceService::prepare(qint64 documentId, EInvoiceFormat format, EInvoiceUse use)
{
    const auto profile = EInvoicePreflight::profileOf(format);
    if (!profile)
        return Error::invalid(
            tr("Choose an e-invoice format (%1).").arg(EInvoiceFormats::keys().mid(1).join(QStringLiteral(", "))));
    LedgerContext &ctx = m_ledger.context();
    auto document = ctx.documents.find(documentId);
    if (!document)
        return document.error();
    if (document->isDraft())
        return Error::refused(
            tr("%1 is a draft: only a posted document has an e-invoice.").arg(document->displayName()));
    Prepared prepared;
    prepared.document = std::move(document).value();
    const Document &d = prepared.document;
    prepared.out.format = format;
    const QString key = EInvoiceFormats::key(format);
    auto archived = EInvoiceArchiveRepository(ctx.db).find(d.id, key);
    if (!archived)
        return archived.error();
    if (archived->has_value()) {
        const EInvoiceArchiveEntry &entry = archived->value();
        prepared.out = {entry.content, entry.fileName, entry.sha256, format, true};
        return prepared;
    }
    // The amounts paid and credited as the archived PDF shows them (or as they are now).
    DocumentPdfService pdfs(m_ledger);
    std::optional<DocumentPdfService::Prepared> pdf;
    PrintedDocument printed;
    DocumentTemplate style;
    if (format == EInvoiceFormat::FacturX) {
        auto plain = pdfs.prepare(d.id, use == EInvoiceUse::Preview ? PdfUse::Preview : PdfUse::Send);
        if (!plain)
            return plain.error();
        pdf = std::move(plain).value();
        printed = pdf->printable.printed;
        style = pdf->printable.style;
    } else {
        auto printable = pdfs.printable(d.id);
        if (!printable)
            return printable.error();
        printed = printable->printed;
    }
    auto parties = PartySnapshot::parse(d.snapshot);
    if (!parties)
        return parties.error().prefixed(d.number);
    auto credited = creditedOf(d);
    if (!credited)
        return credited.error();
    const EInvoice invoice = EInvoiceMapper::map(d, parties.value(), credited.value(), printed.amountPaid);
    const QStringList lacking = EInvoiceCheck::check(invoice, profile.value());
    if (!lacking.isEmpty())
        return Error::refused(
            tr("%1 cannot be written as %2: it lacks %3.").arg(d.number, profile->name, lacking.join(tr("; "))));
    QByteArray bytes = EInvoiceWriter::write(invoice, profile.value());
    if (format == EInvoiceFormat::FacturX) {
        auto facturX = FacturXDocumentPdf::render(printed, style, bytes, d.postedAt);
        if (!facturX)
            return facturX.error().prefixed(d.number);
        bytes = std::move(facturX).value();
        if (pdf->toArchive)
            prepared.pdf = std::move(pdf);
    }
    prepared.out.bytes = bytes;
    prepared.out.sha256 = DocumentPdfService::sha256Hex(bytes);
    prepared.out.fileName = fileNameFor(d, format);
    prepared.toArchive = use != EInvoiceUse::Preview;
    return prepared;
}

Status EInvoiceService::record(Prepared &prepared, EInvoiceUse use, const QJsonObject &extraDetails)
{
    if (use == EInvoiceUse::Preview)
        return {};
    LedgerContext &ctx = m_ledger.context();
    const Document &d = prepared.document;
    const QString key = EInvoiceFormats::key(prepared.out.format);
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    bool archivedNow = false;
    if (prepared.toArchive) {
        EInvoiceArchiveRepository archive(ctx.db);
        auto existing = archive.find(d.id, key);
        if (!existing)
            return existing.error();
        if (existing->has_value()) { // archived by another program since prepare(): that copy counts
            const EInvoiceArchiveEntry &entry = existing->value();
            prepared.out = {entry.content, entry.fileName, entry.sha256, prepared.out.format, true};
        } else {
            if (prepared.pdf) // the plain PDF of the same pages, archived with it (see the header)
                FACTURO_TRY(DocumentPdfService(m_ledger).record(*prepared.pdf, PdfUse::Send));
            FACTURO_TRY(archive.insert({d.id, key, prepared.out.bytes, prepared.out.sha256, prepared.out.fileName,
                ctx.clock.nowUtc(), ctx.user.name.isEmpty() ? QStringLiteral("system") : ctx.user.name}));
            archivedNow = true;
        }
        prepared.toArchive = false;
        prepared.pdf.reset();
    }
    QJsonObject details = extraDetails;
    details.insert(QStringLiteral("number"), d.number);
    details.insert(QStringLiteral("format"), key);
    details.insert(QStringLiteral("sha256"), prepared.out.sha256);
    details.insert(QStringLiteral("file"), prepared.out.fileName);
    details.insert(QStringLiteral("archived"), archivedNow);
    details.insert(QStringLiteral("use"), use == EInvoiceUse::Send ? QStringLiteral("send") : QStringLiteral("export"));
    FACTURO_TRY(m_ledger.audit().record(DocumentTypes::key(d.type), d.id, QStringLiteral("einvoice_export"), details));
    return tx.commit();
}

Result<EInvoiceOutput> EInvoiceService::output(qint64 documentId, EInvoiceFormat format, EInvoiceUse use)
{
    auto prepared = prepare(documentId, format, use);
    if (!prepared)
        return prepared.error();
    FACTURO_TRY(record(prepared.value(), use));
    return prepared->out;
}

Result<EInvoiceOutput> EInvoiceService::exportToFile(qint64 documentId, EInvoiceFormat format, const QString &filePath)
{
    auto prepared = prepare(documentId, format, EInvoiceUse::Export);
    if (!prepared)
        return prepared.error();
    Transaction tx(m_ledger.database());
    FACTURO_TRY(tx.began());
    FACTURO_TRY(
        record(prepared.value(), EInvoiceUse::Export, {{QStringLiteral("path"), QFileInfo(filePath).fileName()}}));
    const QByteArray &bytes = prepared->out.bytes;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(tr("The e-invoice could not be written to %1: %2").arg(filePath, file.errorString()));
    const Status committed = tx.commit();
    if (!committed) {
        QFile::remove(filePath); // not recorded, so not exported
        return committed.error();
    }
    return prepared->out;
}
