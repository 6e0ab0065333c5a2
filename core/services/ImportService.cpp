#include "ImportService.h"

#include "CsvReader.h"
#include "ImportCatalog.h"
#include "ImportCustomers.h"
#include "ImportJobs.h"
#include "Transaction.h"

Result<ImportKind> ImportService::kindFromKey(const QString &key)
{
    if (key == QLatin1String("customers"))
        return ImportKind::Customers;
    if (key == QLatin1String("catalog"))
        return ImportKind::Catalog;
    if (key == QLatin1String("jobs"))
        return ImportKind::Jobs;
    return Error::invalid(tr("Nothing to import as \"%1\" (customers, catalog or jobs).").arg(key));
}

QString ImportService::kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Catalog:
        return QStringLiteral("catalog");
    case ImportKind::Jobs:
        return QStringLiteral("jobs");
    }
    return {};
}

Result<ImportReport> ImportService::importJobsJson(const QByteArray &bytes, const ImportOptions &options)
{
    ImportReport report;
    report.kind = ImportKind::Jobs;
    report.format = QStringLiteral("json");
    report.dryRun = options.dryRun;
    // The JSON import is all or nothing and names the job and the field of the first problem.
    auto imported = m_jobs.importJson(bytes, options.dryRun);
    if (!imported) {
        if (imported.error().kind() == ErrorKind::Storage || imported.error().kind() == ErrorKind::Permission)
            return imported.error();
        report.issues.append({0, QString(), imported.message()});
        return report;
    }
    for (const ImportedJob &job : std::as_const(imported.value())) {
        report.rows.append({0, ImportRowAction::Action::Create, job.jobId,
            job.customerCreated ? tr("with a new customer") : QString(), job.serviceOrderId});
        ++report.created;
    }
    report.imported = !options.dryRun;
    return report;
}

Result<ImportReport> ImportService::importFile(ImportKind kind, const QByteArray &bytes, const ImportOptions &options)
{
    const QByteArray start = bytes.left(64).trimmed();
    if (kind == ImportKind::Jobs && (start.startsWith('{') || start.startsWith('[')))
        return importJobsJson(bytes, options);

    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    ImportReport report;
    report.kind = kind;
    report.format = QStringLiteral("csv");
    report.encoding = table->encoding;
    report.separator = table->separator;
    report.dryRun = options.dryRun;
    if (table->rows.isEmpty()) {
        report.issues.append({0, QString(), tr("The file has column names but no rows.")});
        return report;
    }

    ImportCustomers customers(m_ctx, m_customers);
    ImportCatalog catalog(m_ctx, m_settings);
    ImportJobs jobs(m_ctx, m_jobs);
    switch (kind) {
    case ImportKind::Customers:
        FACTURO_TRY(customers.check(table.value(), report));
        break;
    case ImportKind::Catalog:
        FACTURO_TRY(catalog.check(table.value(), report));
        break;
    case ImportKind::Jobs:
        FACTURO_TRY(jobs.check(table.value(), report));
        break;
    }
    for (const ImportRowAction &row : std::as_const(report.rows)) {
        report.created += row.action == ImportRowAction::Action::Create;
        report.updated += row.action == ImportRowAction::Action::Update;
        report.skipped += row.action == ImportRowAction::Action::Skip;
    }
    const bool refused = !report.issues.isEmpty() && (options.allOrNothing || report.rows.isEmpty());
    if (options.dryRun || refused)
        return report;

    Transaction tx(m_ctx.db);
    FACTURO_TRY(tx.began());
    switch (kind) {
    case ImportKind::Customers:
        FACTURO_TRY(customers.apply(report));
        break;
    case ImportKind::Catalog:
        FACTURO_TRY(catalog.apply(report));
        break;
    case ImportKind::Jobs:
        FACTURO_TRY(jobs.apply(report));
        break;
    }
    FACTURO_TRY(m_audit.record(QStringLiteral("import"), 0, QStringLiteral("import"),
        {{QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("created"), report.created},
            {QStringLiteral("updated"), report.updated}, {QStringLiteral("skipped"), report.skipped},
            {QStringLiteral("refused_rows"), static_cast<qint64>(report.issues.size())}}));
    FACTURO_TRY(tx.commit());
    report.imported = true;
    return report;
}
