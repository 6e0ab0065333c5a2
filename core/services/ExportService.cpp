#include "ExportService.h"

#include "AtomicFile.h"
#include "CsvWriter.h"
#include "Money.h"

namespace {
bool isBankEntry(const QString &kind)
{
    return kind == QLatin1String("payment") || kind == QLatin1String("reversal") || kind == QLatin1String("refund");
}

QString fecDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyyMMdd")) : QString();
}

QString fecAmount(qint64 minor, const QString &currency)
{
    return Money::plain(minor, currency).replace(QLatin1Char('.'), QLatin1Char(','));
}
} // namespace

Result<ExportKind> ExportService::kindFromKey(const QString &key)
{
    if (key == QLatin1String("invoices"))
        return ExportKind::Invoices;
    if (key == QLatin1String("payments"))
        return ExportKind::Payments;
    if (key == QLatin1String("journal"))
        return ExportKind::Journal;
    return Error::invalid(tr("Nothing to export as \"%1\" (invoices, payments or journal).").arg(key));
}

Result<ExportFormat> ExportService::formatFromKey(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (key == QLatin1String("fec"))
        return ExportFormat::Fec;
    return Error::invalid(tr("Unknown export format \"%1\" (csv or fec).").arg(key));
}

QString ExportService::kindKey(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Invoices:
        return QStringLiteral("invoices");
    case ExportKind::Payments:
        return QStringLiteral("payments");
    case ExportKind::Journal:
        return QStringLiteral("journal");
    }
    return {};
}

QStringList ExportService::fecColumns()
{
    return {QStringLiteral("JournalCode"), QStringLiteral("JournalLib"), QStringLiteral("EcritureNum"),
        QStringLiteral("EcritureDate"), QStringLiteral("CompteNum"), QStringLiteral("CompteLib"),
        QStringLiteral("CompAuxNum"), QStringLiteral("CompAuxLib"), QStringLiteral("PieceRef"),
        QStringLiteral("PieceDate"), QStringLiteral("EcritureLib"), QStringLiteral("Debit"), QStringLiteral("Credit"),
        QStringLiteral("EcritureLet"), QStringLiteral("DateLet"), QStringLiteral("ValidDate"),
        QStringLiteral("Montantdevise"), QStringLiteral("Idevise")};
}

Status ExportService::checked(const ExportRequest &r) const
{
    if (!r.from.isValid() || !r.to.isValid())
        return Error::invalid(tr("An export needs a period: a first and a last day."));
    if (r.from > r.to)
        return Error::invalid(tr("The period starts (%1) after it ends (%2).")
                                  .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)));
    if (r.format == ExportFormat::Fec && r.kind != ExportKind::Journal)
        return Error::invalid(tr("The FEC layout is for the journal only."));
    if (r.separator != QLatin1Char(',') && r.separator != QLatin1Char(';') && r.separator != QLatin1Char('\t'))
        return Error::invalid(tr("The separator must be a comma, a semicolon or a tab."));
    return {};
}

Result<qint64> ExportService::write(QIODevice &device, const ExportRequest &request)
{
    FACTURO_TRY(checked(request));
    Result<qint64> rows = qint64(0);
    if (request.format == ExportFormat::Fec)
        rows = writeFec(device, request);
    else if (request.kind == ExportKind::Invoices)
        rows = writeDocuments(device, request);
    else if (request.kind == ExportKind::Payments)
        rows = writePayments(device, request);
    else
        rows = writeJournal(device, request);
    if (!rows)
        return rows;
    FACTURO_TRY(m_audit.record(QStringLiteral("export"), 0, QStringLiteral("export"),
        {{QStringLiteral("kind"), kindKey(request.kind)},
            {QStringLiteral("format"),
                request.format == ExportFormat::Fec ? QStringLiteral("fec") : QStringLiteral("csv")},
            {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), request.to.toString(Qt::ISODate)}, {QStringLiteral("rows"), rows.value()}}));
    return rows;
}

Result<qint64> ExportService::writeFile(const QString &path, const ExportRequest &request)
{
    FACTURO_TRY(checked(request));
    AtomicFile file(path);
    FACTURO_TRY(file.open());
    auto rows = write(file.device(), request);
    if (!rows)
        return rows;
    FACTURO_TRY(file.commit());
    return rows;
}

Result<qint64> ExportService::writeDocuments(QIODevice &device, const ExportRequest &r)
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString currency = company->currency;
    CsvWriter csv(device, r.separator);
    FACTURO_TRY(csv.writeBom());
    FACTURO_TRY(csv.writeRow({QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("status"),
        QStringLiteral("issue_date"), QStringLiteral("due_date"), QStringLiteral("customer"),
        QStringLiteral("customer_vat_id"), QStringLiteral("customer_reference"), QStringLiteral("credited_invoice"),
        QStringLiteral("net"), QStringLiteral("tax"), QStringLiteral("gross"), QStringLiteral("paid"),
        QStringLiteral("credited"), QStringLiteral("due"), QStringLiteral("currency")}));
    FACTURO_TRY(m_repo.documents(r.from, r.to, [&](const ExportDocumentRow &d) {
        return csv.writeRow({d.number, d.creditNote ? QStringLiteral("credit_note") : QStringLiteral("invoice"),
            d.status, d.issueDate.toString(Qt::ISODate), d.dueDate.toString(Qt::ISODate), d.customerName,
            d.customerVatId, d.customerReference, d.creditedNumber, Money::plain(d.net, currency),
            Money::plain(d.tax, currency), Money::plain(d.gross, currency), Money::plain(d.paid, currency),
            Money::plain(d.credited, currency), Money::plain(d.gross - d.paid - d.credited, currency), currency});
    }));
    return csv.rowsWritten() - 1;
}

Result<qint64> ExportService::writePayments(QIODevice &device, const ExportRequest &r)
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString currency = company->currency;
    CsvWriter csv(device, r.separator);
    FACTURO_TRY(csv.writeBom());
    FACTURO_TRY(csv.writeRow({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("kind"),
        QStringLiteral("method"), QStringLiteral("amount"), QStringLiteral("reference"),
        QStringLiteral("document_number"), QStringLiteral("customer"), QStringLiteral("currency")}));
    FACTURO_TRY(m_repo.payments(r.from, r.to, [&](const ExportPaymentRow &p) {
        return csv.writeRow({QString::number(p.id), p.date.toString(Qt::ISODate), p.kind, p.method,
            Money::plain(p.amount, currency), p.reference, p.documentNumber, p.customerName, currency});
    }));
    return csv.rowsWritten() - 1;
}

Result<qint64> ExportService::writeJournal(QIODevice &device, const ExportRequest &r)
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString currency = company->currency;
    CsvWriter csv(device, r.separator);
    FACTURO_TRY(csv.writeBom());
    FACTURO_TRY(csv.writeRow({QStringLiteral("date"), QStringLiteral("journal"), QStringLiteral("entry"),
        QStringLiteral("account"), QStringLiteral("account_name"), QStringLiteral("debit"), QStringLiteral("credit"),
        QStringLiteral("reference"), QStringLiteral("document_number"), QStringLiteral("customer"),
        QStringLiteral("description")}));
    FACTURO_TRY(m_repo.journal(r.from, r.to, [&](const ExportJournalRow &j) {
        return csv.writeRow(
            {j.date.toString(Qt::ISODate), isBankEntry(j.kind) ? QStringLiteral("BANK") : QStringLiteral("SALES"),
                QString::number(j.entryId), j.accountCode, j.accountName, Money::plain(j.debit, currency),
                Money::plain(j.credit, currency), j.paymentReference.isEmpty() ? j.documentNumber : j.paymentReference,
                j.documentNumber, j.customerName, j.description});
    }));
    return csv.rowsWritten() - 1;
}

Result<qint64> ExportService::writeFec(QIODevice &device, const ExportRequest &r)
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString currency = company->currency;
    CsvWriter fec(device, QLatin1Char('\t'), false);
    FACTURO_TRY(fec.writeRow(fecColumns()));
    FACTURO_TRY(m_repo.journal(r.from, r.to, [&](const ExportJournalRow &j) {
        const bool bank = isBankEntry(j.kind);
        const bool receivable = j.accountRole == QLatin1String("receivable") && j.customerId > 0;
        QString label = j.description;
        if (label.isEmpty())
            label = j.documentNumber;
        return fec.writeRow({bank ? QStringLiteral("BQ") : QStringLiteral("VT"),
            bank ? QStringLiteral("Banque") : QStringLiteral("Ventes"), QString::number(j.entryId), fecDate(j.date),
            j.accountCode, j.accountName,
            receivable ? QStringLiteral("C%1").arg(j.customerId, 6, 10, QLatin1Char('0')) : QString(),
            receivable ? j.customerName : QString(),
            bank && !j.paymentReference.isEmpty() ? j.paymentReference : j.documentNumber,
            fecDate(bank ? j.date : (j.documentDate.isValid() ? j.documentDate : j.date)), label,
            fecAmount(j.debit, currency), fecAmount(j.credit, currency), QString(), QString(),
            fecDate(j.recordedOn.isValid() ? j.recordedOn : j.date), QString(), QString()});
    }));
    return fec.rowsWritten() - 1;
}
