#include "ImportJobs.h"

#include "ImportRowReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
struct JobRows
{
    QString jobId;
    QList<const CsvRow *> rows;
};
} // namespace

Status ImportJobs::check(const CsvTable &table, ImportReport &report)
{
    for (const char *name : {"job_id", "customer_name", "completed_at", "line_type"})
        if (table.column({QString::fromLatin1(name)}) < 0)
            report.issues.append(
                {1, QString::fromLatin1(name), tr("the header has no \"%1\" column").arg(QString::fromLatin1(name))});
    if (!report.issues.isEmpty())
        return {};
    // Rows grouped by job, in the order of the file.
    QList<JobRows> jobs;
    QHash<QString, qsizetype> index;
    const int idColumn = table.column({QStringLiteral("job_id")});
    for (const CsvRow &row : table.rows) {
        const QString id = row.cells.value(idColumn).trimmed();
        if (!index.contains(id)) {
            index.insert(id, jobs.size());
            jobs.append({id, {}});
        }
        jobs[index.value(id)].rows.append(&row);
    }
    for (const JobRows &job : std::as_const(jobs)) {
        const qsizetype before = report.issues.size();
        const CsvRow &first = *job.rows.first();
        ImportRowReader head(table, first, report.issues);
        head.required({QStringLiteral("job_id")});
        QJsonObject customer {{QStringLiteral("name"), head.required({QStringLiteral("customer_name")})},
            {QStringLiteral("email"), head.text({QStringLiteral("customer_email")})},
            {QStringLiteral("address"),
                head.text({QStringLiteral("customer_address")}).replace(QStringLiteral("\\n"), QStringLiteral("\n"))},
            {QStringLiteral("vat_id"), head.text({QStringLiteral("customer_vat_id")})}};
        QJsonObject o {{QStringLiteral("job_id"), job.jobId}, {QStringLiteral("customer"), customer},
            {QStringLiteral("completed_at"), head.required({QStringLiteral("completed_at")})},
            {QStringLiteral("description"), head.text({QStringLiteral("description")})},
            {QStringLiteral("report"), head.text({QStringLiteral("report")})},
            {QStringLiteral("site_address"), head.text({QStringLiteral("site_address")})}};
        QJsonArray labor;
        QJsonArray parts;
        QList<int> laborRows;
        QList<int> partRows;
        for (const CsvRow *row : job.rows) {
            ImportRowReader r(table, *row, report.issues);
            const QString type = r.required({QStringLiteral("line_type")}).toLower();
            if (type == QLatin1String("labor") || type == QLatin1String("labour")) {
                const auto date = r.date({QStringLiteral("date")}, true);
                const auto hours = r.decimal<Quantity>({QStringLiteral("hours")}, true, false);
                const auto rate = r.decimal<UnitPrice>({QStringLiteral("rate")}, true, false);
                labor.append(QJsonObject {{QStringLiteral("technician"), r.required({QStringLiteral("technician")})},
                    {QStringLiteral("date"), date ? date->toString(Qt::ISODate) : QString()},
                    {QStringLiteral("hours"), hours ? hours->toString() : QString()},
                    {QStringLiteral("rate"), rate ? rate->toString() : QString()},
                    {QStringLiteral("description"), r.text({QStringLiteral("line_description")})}});
                laborRows << row->row;
            } else if (type == QLatin1String("part")) {
                const auto quantity = r.decimal<Quantity>({QStringLiteral("quantity")}, true, true);
                const auto price = r.decimal<UnitPrice>({QStringLiteral("unit_price")}, true, false);
                const auto rate = r.decimal<Percentage>({QStringLiteral("tax_rate")}, true, false);
                QJsonObject part {{QStringLiteral("sku"), r.text({QStringLiteral("sku")})},
                    {QStringLiteral("description"), r.text({QStringLiteral("part_description")})},
                    {QStringLiteral("quantity"), quantity ? quantity->toString() : QString()},
                    {QStringLiteral("unit"), r.text({QStringLiteral("unit")})},
                    {QStringLiteral("unit_price"), price ? price->toString() : QString()},
                    {QStringLiteral("tax_rate"), rate ? rate->toString() : QString()},
                    {QStringLiteral("exemption_reason"), r.text({QStringLiteral("exemption_reason")})}};
                const QString category = r.text({QStringLiteral("tax_category")});
                if (!category.isEmpty())
                    part.insert(QStringLiteral("tax_category"), category.toLower());
                parts.append(part);
                partRows << row->row;
            } else if (!type.isEmpty()) {
                r.issue(QStringLiteral("line_type"), tr("\"%1\" is neither labor nor part").arg(type));
            }
        }
        o.insert(QStringLiteral("labor"), labor);
        o.insert(QStringLiteral("parts"), parts);

        ImportRowAction action {first.row, ImportRowAction::Action::Create, job.jobId, QString(), 0};
        if (report.issues.size() == before) {
            // The same checks as a JSON job; "labor[2].hours: ..." names the row it came from.
            auto parsed = JobImportService::parseJob(o);
            if (!parsed) {
                const QString message = parsed.message();
                int row = first.row;
                QString field;
                static const QRegularExpression where(QStringLiteral("^(labor|parts)\\[(\\d+)\\]\\.?(\\w*)"));
                const auto m = where.match(message);
                if (m.hasMatch()) {
                    const QList<int> &rows = m.captured(1) == QLatin1String("labor") ? laborRows : partRows;
                    row = rows.value(m.captured(2).toInt() - 1, first.row);
                    field = m.captured(3);
                }
                report.issues.append({row, field, message});
            } else {
                auto existing = m_ctx.orders.idByJobRef(job.jobId);
                if (!existing)
                    return existing.error();
                if (existing.value() > 0) {
                    action.action = ImportRowAction::Action::Skip;
                    action.id = existing.value();
                    action.detail = tr("already imported as service order %1").arg(existing.value());
                }
            }
        }
        if (report.issues.size() > before) {
            action.action = ImportRowAction::Action::Invalid;
            action.detail = report.issues.at(before).text();
        }
        m_parsed.insert(first.row, o);
        report.rows.append(action);
    }
    return {};
}

Status ImportJobs::apply(ImportReport &report)
{
    QJsonArray jobs;
    QList<ImportRowAction *> created;
    for (ImportRowAction &action : report.rows) {
        if (action.action != ImportRowAction::Action::Create)
            continue;
        jobs.append(m_parsed.value(action.row));
        created << &action;
    }
    if (jobs.isEmpty())
        return {};
    auto imported = m_jobs.importJson(QJsonDocument(jobs).toJson(QJsonDocument::Compact));
    if (!imported)
        return imported.error();
    for (qsizetype i = 0; i < created.size() && i < imported->size(); ++i)
        created.at(i)->id = imported->at(i).serviceOrderId;
    return {};
}
