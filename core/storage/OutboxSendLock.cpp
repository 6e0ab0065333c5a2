#include "OutboxSendLock.h"

#include "Database.h"
#include "PgConnection.h"
#include "PgResult.h"

#include <QLockFile>

#include <libpq-fe.h>

namespace {
// The lock's row in pg_locks: the two-key form shows its keys as classid, objid and objsubid 2.
QByteArray lockRowCondition()
{
    return QByteArrayLiteral("l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted "
                             "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                             "AND l.classid = ")
        + QByteArray::number(OutboxSendLock::ClassKey) + QByteArrayLiteral(" AND l.objid = ")
        + QByteArray::number(OutboxSendLock::Key);
}
} // namespace

Result<std::unique_ptr<OutboxSendLock>> OutboxSendLock::acquire(const Database &db)
{
    if (db.isServer())
        return acquireServer(db.location());
    return acquireFile(db.path());
}

OutboxSendLock::~OutboxSendLock()
{
    if (m_server && m_server->alive()) {
        const QByteArray unlock = QByteArrayLiteral("SELECT pg_advisory_unlock(") + QByteArray::number(ClassKey)
            + QByteArrayLiteral(", ") + QByteArray::number(Key) + QByteArrayLiteral(")");
        PgResult::exec(m_server->handle(), unlock);
    }
    // Closing the session would free it anyway; the lock file is removed by QLockFile.
}

Result<std::unique_ptr<OutboxSendLock>> OutboxSendLock::acquireFile(const QString &path)
{
    auto file = std::make_unique<QLockFile>(path + QStringLiteral(".outbox-lock"));
    // Only a dead holder makes the lock stale: a long send never loses it.
    file->setStaleLockTime(0);
    if (!file->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        const bool known = file->getLockInfo(&pid, &host, &application);
        if (file->error() == QLockFile::LockFailedError)
            return Error::conflict(known
                    ? tr("Another program (process %1 on %2) is sending the mail of this company file.")
                          .arg(pid)
                          .arg(host)
                    : tr("Another program is sending the mail of this company file."));
        return Error::storage(tr("The outbox lock next to the company file cannot be created."));
    }
    std::unique_ptr<OutboxSendLock> lock(new OutboxSendLock);
    lock->m_file = std::move(file);
    return lock;
}

Result<std::unique_ptr<OutboxSendLock>> OutboxSendLock::acquireServer(const QString &location)
{
    // A session of its own: the company's session opens and ends transactions, reconnects after
    // a lost connection; this one only holds the lock, as long as the sender runs.
    auto connection = PgConnection::connect(location);
    if (!connection)
        return connection.error();
    const QByteArray tryLock = QByteArrayLiteral("SELECT pg_try_advisory_lock(") + QByteArray::number(ClassKey)
        + QByteArrayLiteral(", ") + QByteArray::number(Key) + QByteArrayLiteral(")");
    // A holder that is gone by the time it is looked up has just let the lock go: try again.
    for (int attempt = 1;; ++attempt) {
        const PgResult result = PgResult::exec((*connection)->handle(), tryLock);
        if (!result.ok() || result.rows() != 1)
            return Error::storage(
                tr("The outbox lock on the server cannot be taken: %1").arg(result.message((*connection)->handle())));
        if (result.text(0, 0) == QLatin1String("t"))
            break;
        const QString holder = holderOnServer(**connection);
        if (!holder.isEmpty())
            return Error::conflict(holder);
        if (attempt == 3)
            return Error::conflict(tr("Another program is sending the mail of this company."));
    }
    std::unique_ptr<OutboxSendLock> lock(new OutboxSendLock);
    lock->m_server = std::move(connection.value());
    return lock;
}

QString OutboxSendLock::holderOnServer(PgConnection &connection)
{
    // pg_stat_activity shows the name and address of another login's session only to its members
    // (and to pg_read_all_stats): else they read NULL, and the server process is all there is.
    const PgResult result = PgResult::exec(connection.handle(),
        QByteArrayLiteral("SELECT l.pid, a.application_name, host(a.client_addr) FROM pg_locks l "
                          "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE ")
            + lockRowCondition() + QByteArrayLiteral(" LIMIT 1"));
    if (!result.ok())
        return tr("Another program is sending the mail of this company.");
    if (result.rows() == 0)
        return {}; // nobody holds it any more
    const qint64 pid = result.integer(0, 0);
    const QString application = result.isNull(0, 1) ? QString() : result.text(0, 1).trimmed();
    const QString address = result.isNull(0, 2) ? QString() : result.text(0, 2);
    if (application.isEmpty())
        return tr("Another program (server session %1) is sending the mail of this company.").arg(pid);
    if (address.isEmpty())
        return tr("Another program (%1) is sending the mail of this company.").arg(application);
    return tr("Another program (%1, connected from %2) is sending the mail of this company.").arg(application, address);
}

Status OutboxSendLock::check() const
{
    if (!m_server)
        return {};
    const PgResult result = PgResult::exec(m_server->handle(),
        QByteArrayLiteral("SELECT 1 FROM pg_locks l WHERE l.pid = pg_backend_pid() AND ") + lockRowCondition());
    if (result.ok() && result.rows() == 1)
        return {};
    return Error::storage(tr("The session holding the outbox lock on the server %1 was lost: sending stops so that "
                             "no message goes out twice. It starts again with the next sending.")
                              .arg(PgConnection::displayLocation(m_server->location())));
}
