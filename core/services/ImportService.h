#pragma once

#include "AuditLog.h"
#include "CustomerService.h"
#include "ImportReport.h"
#include "JobImportService.h"
#include "LedgerContext.h"
#include "SettingsService.h"

struct ImportOptions
{
    bool dryRun = false; // a preview: check everything, write nothing
    bool allOrNothing = true; // one bad row imports nothing; false: the good rows go in
};

// Imports customers, catalog items and completed jobs (issue 6). CSV files are decoded and
// split by CsvReader; jobs may also come as the JSON of `facturo-cli order import`. Every row
// is checked first and reported (row and field); then, unless it is a preview or a row was
// refused in all-or-nothing mode, everything is written in one transaction with its audit
// events. A refused import leaves the company file exactly as it was.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    ImportService(LedgerContext &context, AuditLog &audit, CustomerService &customers, SettingsService &settings,
        JobImportService &jobs)
        : m_ctx(context)
        , m_audit(audit)
        , m_customers(customers)
        , m_settings(settings)
        , m_jobs(jobs)
    { }

    static Result<ImportKind> kindFromKey(const QString &key); // customers, catalog, jobs
    static QString kindKey(ImportKind kind);

    // An unreadable file is an Error; bad rows are issues in the report (imported stays false).
    Result<ImportReport> importFile(ImportKind kind, const QByteArray &bytes, const ImportOptions &options = {});

private:
    Result<ImportReport> importJobsJson(const QByteArray &bytes, const ImportOptions &options);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    CustomerService &m_customers;
    SettingsService &m_settings;
    JobImportService &m_jobs;
};
