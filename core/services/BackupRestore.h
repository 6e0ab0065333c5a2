#pragma once

#include "BackupService.h"

// The steps of BackupService::restore, one object per restore:
//  0. who may: a manager of the company file being replaced (not of the backup: anyone is a
//     manager of a backup they made up), signed in with their password when that file has them. A file that cannot be read as a company (missing,
//     empty, damaged, of another version) has no one to ask: then a manager of the backup;
//  1. the backup's header: a SQLite file, Facturo's application id, a schema this version
//     reads, as long as its header says (a truncated copy is named as such);
//  2. a working copy beside the target (so the final rename stays on one file system), synced;
//  3. the working copy opened (migrated if older) and checked whole (IntegrityCheck), the
//     "restore" audit event recorded in it by a manager, folded into one self-contained file;
//  4. the target released: not in use by another program, its write-ahead log folded in;
//  5. the target kept as "<target>.before-restore" (a hard link, else a copy) and the working
//     copy renamed over the target, then the folder synced.
// A failure at any step before 5 leaves the target as it was and removes the working copy. A
// killed restore leaves the working copy, unlocked: the next open of the target or the next
// restore removes it (Ledger::removeLeftovers).
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
public:
    BackupRestore(const QString &backupPath, const QString &targetPath, const Clock &clock, const QString &userName,
                  UserSignIn::PasswordSource password = {});
    ~BackupRestore();
    BackupRestore(const BackupRestore &) = delete;
    BackupRestore &operator=(const BackupRestore &) = delete;

    Result<RestoreOutcome> run();

private:
    Status checkPaths();
    Status checkHeader();
    Status checkReplacer();
    Status makeWorkingCopy();
    Result<QStringList> verifyWorkingCopy();
    Status releaseTarget();
    Status swap();
    Error aboutBackup(const Error &error) const; // names the backup instead of the working copy
    void removeWorkingCopy();

    QString m_backup;
    QString m_target;
    QString m_working;
    QString m_keep;
    const Clock &m_clock;
    QString m_user;
    UserSignIn::PasswordSource m_password; // asked when the file deciding has passwords
    bool m_swapped = false;
    bool m_backupDecides = false; // the file replaced cannot be read: the backup's managers decide
    int m_lock = -1; // holds the working copy while it is made: Ledger::removeLeftovers() leaves it alone
    void unlock();
};
