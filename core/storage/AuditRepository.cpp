#include "AuditRepository.h"

#include "PgConnection.h"
#include "SqlStatement.h"

#include <QDir>
#include <QSqlError>
#include <QUuid>

#include <limits>

namespace {
template<typename Row>
AuditEvent readEvent(const Row &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = SqlValue::toTimestamp(q.value(1));
    e.userName = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.details = q.value(6).toString();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}
} // namespace

Result<std::pair<qint64, QString>> AuditRepository::last() const
{
    SqlStatement q(m_db, "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1");
    FACTURO_TRY(q.exec(tr("read the audit trail")));
    if (!q.next())
        return std::pair<qint64, QString>(0, QString());
    return std::pair<qint64, QString>(q.integer(0), q.text(1));
}

Status AuditRepository::insert(const AuditEvent &e)
{
    SqlStatement q(m_db, "INSERT INTO audit_events (id, occurred_at, user_name, entity, entity_id, action, details, "
                         "prev_hash, hash) VALUES (:id, :at, :user, :entity, :entity_id, :action, :details, :prev, "
                         ":hash)");
    q.bind(":id", e.id).bind(":at", SqlValue::timestamp(e.occurredAt)).bind(":user", e.userName);
    q.bind(":entity", e.entity).bind(":entity_id", SqlValue::nullableId(e.entityId)).bind(":action", e.action);
    q.bind(":details", e.details).bind(":prev", e.prevHash).bind(":hash", e.hash);
    return q.exec(tr("write the audit trail"));
}

Result<QList<AuditEvent>> AuditRepository::forEntity(const QString &entity, qint64 entityId) const
{
    SqlStatement q(m_db, "SELECT id, occurred_at, user_name, entity, coalesce(entity_id, 0), action, details, "
                         "prev_hash, hash FROM audit_events WHERE entity = :entity AND entity_id = :id ORDER BY id");
    q.bind(":entity", entity).bind(":id", entityId);
    FACTURO_TRY(q.exec(tr("read the history")));
    QList<AuditEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

Result<QList<AuditEvent>> AuditRepository::recent(int limit) const
{
    SqlStatement q(m_db, "SELECT id, occurred_at, user_name, entity, coalesce(entity_id, 0), action, details, "
                         "prev_hash, hash FROM audit_events ORDER BY id DESC LIMIT :limit");
    q.bind(":limit", limit);
    FACTURO_TRY(q.exec(tr("read the audit trail")));
    QList<AuditEvent> events;
    while (q.next())
        events.append(readEvent(q));
    return events;
}

Status AuditRepository::forEach(const std::function<bool(const AuditEvent &)> &visit) const
{
    // In pages read whole before they are visited: the walk may be long, the visitor may run
    // statements of its own, and no statement stays open across it.
    constexpr int Page = 4096;
    qint64 after = std::numeric_limits<qint64>::min();
    for (;;) {
        QList<AuditEvent> page;
        {
            SqlStatement q(m_db, "SELECT id, occurred_at, user_name, entity, coalesce(entity_id, 0), action, "
                                 "details, prev_hash, hash FROM audit_events WHERE id > :after ORDER BY id "
                                 "LIMIT :page");
            q.bind(":after", after).bind(":page", Page);
            FACTURO_TRY(q.exec(tr("read the audit trail")));
            while (q.next())
                page.append(readEvent(q));
        }
        for (const AuditEvent &event : std::as_const(page))
            if (!visit(event))
                return {};
        if (page.size() < Page)
            return {};
        after = page.last().id;
    }
}

Result<std::optional<QString>> AuditRepository::hashOf(qint64 id) const
{
    SqlStatement q(m_db, "SELECT hash FROM audit_events WHERE id = :id");
    q.bind(":id", id);
    FACTURO_TRY(q.exec(tr("read the audit trail")));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.text(0));
}

Result<QString> AuditRepository::anchorOfFile(const QString &path, const QString &settingKey)
{
    // A company file or a backup only: a server's chain is read through its own Database.
    if (PgConnection::isServerLocation(path))
        return Error::invalid(tr("A company on a server is not a file to read an anchor from: give the anchor as "
                                 "SEQ:HASH."));
    const QString name = QStringLiteral("facturo-anchor-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QString> found = Error::invalid(tr("%1 is not a Facturo company file or backup: it has no audit trail.")
                                               .arg(QDir::toNativeSeparators(path)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = '%1'").arg(settingKey)) && q.next())
                found = q.value(0).toString();
            else if (q.exec(QStringLiteral("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")) && q.next())
                found = q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
            q.finish();
            db.close();
        }
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}
