#pragma once

#include "AuditEvent.h"
#include "Database.h"

#include <QList>
#include <functional>
#include <optional>

class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // The newest event's id and hash; id 0 and an empty hash for an empty chain.
    Result<std::pair<qint64, QString>> last() const;
    Status insert(const AuditEvent &event); // with its id already chosen
    // The hash of event id; nullopt when there is no such event.
    Result<std::optional<QString>> hashOf(qint64 id) const;
    // Reads another file without changing it (read-only connection): the setting settingKey when
    // it has one, else "ID:HASH" of its newest event.
    static Result<QString> anchorOfFile(const QString &path, const QString &settingKey);
    Result<QList<AuditEvent>> forEntity(const QString &entity, qint64 entityId) const;
    Result<QList<AuditEvent>> recent(int limit) const;
    // Walks the whole chain in id order; the visitor returns false to stop.
    Status forEach(const std::function<bool(const AuditEvent &)> &visit) const;

private:
    Database &m_db;
};
