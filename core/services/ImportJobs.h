#pragma once

#include "CsvTable.h"
#include "ImportReport.h"
#include "JobImportService.h"

#include <QJsonArray>

// Completed jobs from CSV: one row per labor or part line, rows of one job share its job_id.
// Job columns (from the job's first row): job_id, customer_name, customer_email,
// customer_address, customer_vat_id, completed_at, description, report, site_address. Line
// columns: line_type (labor or part); labor: technician, date, hours, rate, line_description;
// part: sku, part_description, quantity, unit, unit_price, tax_rate, tax_category,
// exemption_reason. Each job then goes through the JSON job import (same rules, same checks);
// a job already imported is skipped.
class ImportJobs
{
    Q_DECLARE_TR_FUNCTIONS(ImportJobs)
public:
    ImportJobs(LedgerContext &context, JobImportService &jobs)
        : m_ctx(context)
        , m_jobs(jobs)
    { }

    Status check(const CsvTable &table, ImportReport &report);
    Status apply(ImportReport &report);

private:
    LedgerContext &m_ctx;
    JobImportService &m_jobs;
    QHash<int, QJsonObject> m_parsed; // by the job's first row
};
