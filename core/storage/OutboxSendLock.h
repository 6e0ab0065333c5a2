#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

class Database;
class PgConnection;
class QLockFile;

// The right to send the mail of one company: one sender at a time, whatever program and
// computer it runs on. Held for as long as this object lives; a holder that dies (a crash, a
// kill) loses it by itself, so the next sender takes over and may treat the messages left in
// "sending" as interrupted (OutboxService::recoverInterrupted).
//
// On a company file: a lock file next to it ("<file>.outbox-lock"; QLockFile, a lock left by a
// dead process is taken over, a long send never loses it).
// On a server: a session-level advisory lock, pg_try_advisory_lock(ClassKey, Key), held on a
// session of its own opened from the company's location. The server frees it when that session
// ends, also when the process is killed. Refused, it names the holder as far as the server shows
// it (application_name, client address, else the server process).
//
//   auto lock = OutboxSendLock::acquire(db);
//   if (!lock) return lock.error(); // Conflict: "Another program (...) is sending the mail ..."
//   ... before each message: FACTURO_TRY((*lock)->check());
class OutboxSendLock
{
    Q_DECLARE_TR_FUNCTIONS(OutboxSendLock)
public:
    // The advisory lock's two keys ("FACT", "OUTB"); the company's write lock uses the one-key form.
    static constexpr int ClassKey = 0x46414354;
    static constexpr int Key = 0x4f555442;

    static Result<std::unique_ptr<OutboxSendLock>> acquire(const Database &db);
    ~OutboxSendLock();
    OutboxSendLock(const OutboxSendLock &) = delete;
    OutboxSendLock &operator=(const OutboxSendLock &) = delete;

    // Whether the lock is still held. On a server its session can be lost (the server restarted,
    // the network cut): the lock is then gone, another sender may have it, and sending must stop.
    Status check() const;

private:
    OutboxSendLock() = default;
    static Result<std::unique_ptr<OutboxSendLock>> acquireFile(const QString &path);
    static Result<std::unique_ptr<OutboxSendLock>> acquireServer(const QString &location);
    // Who holds the lock, in a refusal's words; empty when nobody holds it any more.
    static QString holderOnServer(PgConnection &connection);

    std::unique_ptr<QLockFile> m_file;
    std::unique_ptr<PgConnection> m_server;
};
