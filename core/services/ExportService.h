#pragma once

#include "AuditLog.h"
#include "ExportRepository.h"
#include "LedgerContext.h"

#include <QIODevice>

enum class ExportKind { Invoices, Payments, Journal };
enum class ExportFormat { Csv, Fec };

struct ExportRequest
{
    ExportKind kind = ExportKind::Journal;
    ExportFormat format = ExportFormat::Csv;
    QDate from;
    QDate to;
    QChar separator = QLatin1Char(','); // CSV only; the FEC is always tab-separated
};

// Files for the accountant (issue 6): invoices and credit notes, payments and the journal as
// CSV (one row per journal line: date, journal, account, debit, credit, reference, document
// number), and the journal in the French FEC layout (Fichier des écritures comptables: the 18
// columns of art. A47 A-1 of the LPF, tab-separated, dates YYYYMMDD, amounts with a decimal
// comma). Cells that a spreadsheet would run as a formula are neutralised. Each export is an
// audit event.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
public:
    ExportService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
        , m_repo(context.db)
    { }

    static Result<ExportKind> kindFromKey(const QString &key); // invoices, payments, journal
    static Result<ExportFormat> formatFromKey(const QString &key); // csv, fec
    static QString kindKey(ExportKind kind);
    static QStringList fecColumns();

    // Writes to an open device; returns the number of data rows.
    Result<qint64> write(QIODevice &device, const ExportRequest &request);
    // Writes a whole file, replaced only once it is complete.
    Result<qint64> writeFile(const QString &path, const ExportRequest &request);

private:
    Status checked(const ExportRequest &request) const;
    Result<qint64> writeDocuments(QIODevice &device, const ExportRequest &request);
    Result<qint64> writePayments(QIODevice &device, const ExportRequest &request);
    Result<qint64> writeJournal(QIODevice &device, const ExportRequest &request);
    Result<qint64> writeFec(QIODevice &device, const ExportRequest &request);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    ExportRepository m_repo;
};
