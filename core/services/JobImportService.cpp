#include "JobImportService.h"

#include "CustomerService.h"
#include "ExactJson.h"
#include "ServiceOrderService.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace {
// Decimals may come as JSON strings or numbers; a number is read as written (ExactJson), never
// through a double: "2.0000000000000001" is refused as too precise, not rounded to 2.
Result<QString> decimalText(const QJsonValue &value)
{
    if (ExactJson::isNumber(value))
        return ExactJson::numberText(value);
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // a tree built in memory (tests): a double holds no more than it shows
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return Error::invalid(QCoreApplication::translate("JobImportService", "a number is required"));
}

template<typename T>
Result<T> decimalField(const QJsonObject &o, const char *key, bool allowNegative)
{
    if (!o.contains(QLatin1String(key)))
        return Error::invalid(QCoreApplication::translate("JobImportService", "is missing"));
    auto text = decimalText(o.value(QLatin1String(key)));
    if (!text)
        return text.error();
    return T::parse(text.value(), allowNegative);
}

QString textField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return ExactJson::isNumber(v) ? QString() : v.toString().trimmed();
}

Result<QDateTime> dateTimeField(const QJsonObject &o, const char *key)
{
    const QString text = textField(o, key);
    if (text.isEmpty())
        return Error::invalid(QCoreApplication::translate("JobImportService", "is missing"));
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(12, 0), Qt::UTC);
    }
    if (!t.isValid() || t.date().year() < 2000 || t.date().year() > 2100)
        return Error::invalid(QCoreApplication::translate("JobImportService", "\"%1\" is not an ISO 8601 date")
                                  .arg(text));
    return t.toUTC();
}
} // namespace

Result<JobImportService::ParsedJob> JobImportService::parseJob(const QJsonObject &o)
{
    ParsedJob job;
    auto field = [](const QString &name, const Error &e) { return e.prefixed(name); };
    const QJsonValue jobIdValue = o.value(QLatin1String("job_id"));
    job.jobId = jobIdValue.isDouble()     ? QString::number(jobIdValue.toInteger())
        : ExactJson::isNumber(jobIdValue) ? ExactJson::numberText(jobIdValue)
                                          : textField(o, "job_id");
    if (job.jobId.isEmpty())
        return Error::invalid(tr("job_id is missing"));
    if (job.jobId.size() > 100)
        return Error::invalid(tr("job_id is too long"));

    const QJsonObject customer = o.value(QLatin1String("customer")).toObject();
    if (customer.isEmpty())
        return Error::invalid(tr("customer is missing"));
    job.customer.name = textField(customer, "name");
    job.customer.billingAddress = textField(customer, "address");
    job.customer.vatId = textField(customer, "vat_id");
    const QString email = textField(customer, "email");
    if (!email.isEmpty())
        job.customer.contacts.append({0, QString(), email, QString(), QString(), true});
    auto valid = CustomerService::validated(job.customer);
    if (!valid)
        return field(QStringLiteral("customer"), valid.error());
    job.customer = valid.value();

    auto completed = dateTimeField(o, "completed_at");
    if (!completed)
        return field(QStringLiteral("completed_at"), completed.error());
    job.order.jobRef = job.jobId;
    job.order.completedAt = completed.value();
    job.order.status = OrderStatus::Done;
    job.order.description = textField(o, "description");
    job.order.report = textField(o, "report");
    job.order.siteAddress = textField(o, "site_address");

    const QJsonValue laborValue = o.value(QLatin1String("labor"));
    const QJsonValue partsValue = o.value(QLatin1String("parts"));
    if (!laborValue.isUndefined() && !laborValue.isArray())
        return Error::invalid(tr("labor must be a list"));
    if (!partsValue.isUndefined() && !partsValue.isArray())
        return Error::invalid(tr("parts must be a list"));
    const QJsonArray labor = laborValue.toArray();
    for (qsizetype i = 0; i < labor.size(); ++i) {
        const QString at = QStringLiteral("labor[%1]").arg(i + 1);
        const QJsonObject l = labor.at(i).toObject();
        TimeEntry e;
        e.technician = textField(l, "technician");
        e.workDate = QDate::fromString(textField(l, "date"), Qt::ISODate);
        if (!e.workDate.isValid())
            return Error::invalid(tr("\"%1\" is not an ISO 8601 date").arg(textField(l, "date"))).prefixed(at + QStringLiteral(".date"));
        auto hours = decimalField<Quantity>(l, "hours", false);
        if (!hours)
            return field(at + QStringLiteral(".hours"), hours.error());
        e.hours = hours.value();
        auto rate = decimalField<UnitPrice>(l, "rate", false);
        if (!rate)
            return field(at + QStringLiteral(".rate"), rate.error());
        e.hourlyRate = rate.value();
        e.description = textField(l, "description");
        const Status entryOk = ServiceOrderService::validateEntry(e);
        if (!entryOk)
            return entryOk.error().prefixed(at);
        job.order.timeEntries.append(e);
    }
    const QJsonArray parts = partsValue.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString at = QStringLiteral("parts[%1]").arg(i + 1);
        const QJsonObject p = parts.at(i).toObject();
        PartUsed part;
        part.sku = textField(p, "sku");
        part.description = textField(p, "description");
        part.unit = textField(p, "unit");
        auto quantity = decimalField<Quantity>(p, "quantity", true);
        if (!quantity)
            return field(at + QStringLiteral(".quantity"), quantity.error());
        part.quantity = quantity.value();
        auto price = decimalField<UnitPrice>(p, "unit_price", false);
        if (!price)
            return field(at + QStringLiteral(".unit_price"), price.error());
        part.unitPrice = price.value();
        auto rate = decimalField<Percentage>(p, "tax_rate", false);
        if (!rate)
            return field(at + QStringLiteral(".tax_rate"), rate.error());
        part.taxRate = rate.value();
        part.taxCategory = part.taxRate.isZero() ? TaxCategory::Zero : TaxCategory::Standard;
        if (p.contains(QLatin1String("tax_category"))) {
            auto category = TaxCategories::fromKey(textField(p, "tax_category"));
            if (!category)
                return field(at + QStringLiteral(".tax_category"), category.error());
            part.taxCategory = category.value();
        }
        part.exemptionReason = textField(p, "exemption_reason");
        const Status ok = ServiceOrderService::validatePart(part);
        if (!ok)
            return ok.error().prefixed(at);
        job.order.parts.append(part);
    }
    if (job.order.timeEntries.isEmpty() && job.order.parts.isEmpty())
        return Error::invalid(tr("a completed job needs labor or parts"));
    return job;
}

Result<QList<ImportedJob>> JobImportService::importJson(const QByteArray &json, bool dryRun)
{
    return m_ctx.db.retrying([&]() -> Result<QList<ImportedJob>> {
        auto document = ExactJson::parse(json);
        if (!document)
            return document.error();
        QJsonArray jobs;
        if (document->isObject())
            jobs.append(document->toObject());
        else if (document->isArray())
            jobs = document->toArray();
        if (jobs.isEmpty())
            return Error::invalid(tr("The file contains no job."));

        QList<ParsedJob> parsed;
        QSet<QString> seen;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            if (!jobs.at(i).isObject())
                return Error::invalid(tr("Job %1 of the file is not an object: nothing was imported.").arg(i + 1));
            auto job = parseJob(jobs.at(i).toObject());
            const QString jobId = job ? job->jobId : textField(jobs.at(i).toObject(), "job_id");
            const QString label = jobId.isEmpty() ? tr("Job %1 of the file").arg(i + 1) : tr("Job %1").arg(jobId);
            if (!job)
                return Error(job.error().kind(), tr("%1: %2. Nothing was imported.").arg(label, job.error().message()));
            if (seen.contains(job->jobId))
                return Error::conflict(tr("%1 appears twice in the file. Nothing was imported.").arg(label));
            seen.insert(job->jobId);
            auto existing = m_ctx.orders.idByJobRef(job->jobId);
            if (!existing)
                return existing.error();
            if (existing.value() > 0)
                return Error::conflict(tr("%1 was already imported (service order %2). Nothing was imported.")
                                           .arg(label)
                                           .arg(existing.value()));
            parsed.append(job.value());
        }

        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        QList<ImportedJob> imported;
        for (ParsedJob &job : parsed) {
            ImportedJob result;
            result.jobId = job.jobId;
            const QString email = job.customer.primaryEmail();
            auto match = m_ctx.customers.findMatch(job.customer.name, email, job.customer.vatId);
            if (!match)
                return match.error();
            result.customerId = match.value();
            if (result.customerId == 0) {
                auto id = m_ctx.customers.insert(job.customer, m_ctx.clock.nowUtc());
                if (!id)
                    return id.error();
                result.customerId = id.value();
                result.customerCreated = true;
                FACTURO_TRY(m_audit.record(QStringLiteral("customer"), id.value(), QStringLiteral("create"),
                    {{QStringLiteral("name"), job.customer.name},
                        {QStringLiteral("source"), QStringLiteral("job import")}}));
            }
            job.order.customerId = result.customerId;
            auto order = m_ctx.orders.insert(job.order, m_ctx.clock.nowUtc());
            if (!order)
                return order.error().prefixed(tr("Job %1").arg(job.jobId));
            result.serviceOrderId = order.value();
            FACTURO_TRY(m_audit.record(QStringLiteral("service_order"), order.value(), QStringLiteral("import"),
                {{QStringLiteral("job"), job.jobId}}));
            imported.append(result);
        }
        if (dryRun)
            return imported; // the transaction rolls back: nothing is kept
        FACTURO_TRY(tx.commit());
        return imported;
    });
}
