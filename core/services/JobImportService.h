#pragma once

#include "AuditLog.h"
#include "Customer.h"
#include "LedgerContext.h"
#include "ServiceOrder.h"

#include <QByteArray>
#include <QJsonObject>

struct ImportedJob
{
    QString jobId;
    qint64 serviceOrderId = 0;
    qint64 customerId = 0;
    bool customerCreated = false;
};

// The hand-off from a field-service system: completed jobs as JSON (one object or an array).
// All or nothing: one bad job imports nothing and the error names the job and the field.
class JobImportService
{
    Q_DECLARE_TR_FUNCTIONS(JobImportService)
public:
    JobImportService(LedgerContext &context, AuditLog &audit) : m_ctx(context), m_audit(audit) {}

    Result<QList<ImportedJob>> importJson(const QByteArray &json, bool dryRun = false);

    struct ParsedJob
    {
        QString jobId;
        Customer customer;
        ServiceOrder order;
    };
    // Reads one job object; errors name the field ("labor[2].hours: ...").
    static Result<ParsedJob> parseJob(const QJsonObject &object);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
