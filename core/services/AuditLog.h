#pragma once

#include "AuditEvent.h"
#include "LedgerContext.h"

#include <QJsonObject>

struct AuditVerification
{
    bool intact = true;
    qint64 eventsChecked = 0;
    qint64 firstBrokenId = 0; // 0 when intact
    QString message;          // names the first broken event
};

// The append-only, hash-chained history of every change (DESIGN.md "Audit trail").
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(LedgerContext &context) : m_ctx(context) {}

    // Appends one event for the acting user. Call inside the transaction of the change it records.
    Status record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &details = {});
    Result<QList<AuditEvent>> history(const QString &entity, qint64 entityId) const;
    // Recomputes the whole chain and names the first event that does not match.
    Result<AuditVerification> verify() const;

    static QString computeHash(const AuditEvent &event);
    static QString genesisHash();

private:
    LedgerContext &m_ctx;
    // The chain's last link, valid within one write transaction (Database::cacheSerial).
    qint64 m_lastId = 0;
    QString m_lastHash;
    quint64 m_lastSerial = 0;
};
