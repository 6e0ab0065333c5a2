#pragma once

#include "Clock.h"
#include "UserSignIn.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QStringList>

class Ledger;


// Where and how often the company file is copied by the scheduled backup. Stored in the
// company file's settings (keys backup.folder, backup.keep, backup.every).
struct BackupSettings
{
    enum class Interval { Off, Daily, Weekly };

    QString folder; // empty: no scheduled backups
    int keep = 7; // how many rotated copies stay in the folder (1 to 1000)
    Interval interval = Interval::Daily; // how old the newest copy may get

    bool isScheduled() const { return !folder.isEmpty() && interval != Interval::Off; }
};

// What a backup run did.
struct BackupOutcome
{
    QString written; // the copy made; empty when none was due
    QStringList removed; // older copies deleted by the rotation, oldest first
    QDateTime lastUtc; // when the newest copy in the folder was made (invalid: none)
    QDateTime nextDueUtc; // when the next scheduled copy is due (invalid: not scheduled)
};

// What a restore did.
struct RestoreOutcome
{
    QString restored; // the company file now holding the backup's content
    QString keptAs; // the file it replaced, kept under this name (empty: there was none)
    QStringList passed; // the checks the backup passed (IntegrityCheck)
};

// Backups of a company file (DESIGN.md "Audit trail": every backup is an audit event).
//
// Rotated backups are consistent copies (Ledger::backupTo: VACUUM INTO, integrity-checked)
// written to the settings' folder as "<company file name>-YYYYMMDD-HHMMSS.facturo" (UTC time of
// the copy). The rotation only ever deletes files of that pattern for this company file, the
// oldest first, so that `keep` copies stay. A missing or read-only folder or a full disk is
// reported and leaves no partial copy; the company file is never changed by a failed backup.
//
// restore() checks a backup (a Facturo file of a schema this version reads, SQLite
// integrity, numbering, journal, totals, the audit chain: IntegrityCheck) on a copy beside the
// target and only then swaps it in with an atomic rename, keeping the replaced file as
// "<target>.before-restore" (or -2, -3, ... when that name is taken). Any refusal leaves the
// target exactly as it was. The restored file records a "restore" audit event.
//
//   BackupService backups(ledger);
//   Result<BackupOutcome> done = backups.runDue();   // at start and then every few minutes
//   Result<RestoreOutcome> back = BackupService::restore(backupFile, companyFile, clock);
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    explicit BackupService(Ledger &ledger)
        : m_ledger(ledger)
    { }

    Result<BackupSettings> loadSettings() const;
    // Checks and saves the settings in one transaction with a "settings" audit event (manager only).
    // The folder must exist and be writable when backups are scheduled.
    Status saveSettings(const BackupSettings &settings);

    // A rotated copy when the newest one in the folder is as old as the interval (or there is
    // none); nothing when the schedule is off or no folder is set.
    Result<BackupOutcome> runDue();
    // A rotated copy now, whatever the interval (a folder must be set).
    Result<BackupOutcome> backupNow();
    // This company file's rotated copies in the settings' folder, newest first.
    Result<QList<QFileInfo>> backups() const;

    // Replaces targetPath (the company file, closed by everyone) with the verified content of
    // backupPath. userName: who restores (a manager of the file replaced; empty: its default
    // user); when that file has passwords, theirs is asked from `password` (Ledger::signIn).
    // A company on a server is restored by the server: this refusal (restore() gives it too).
    static Error serverRestoreRefusal();
    // Backup folders are for company files: refused for a company on a server, with what to do.
    Status refuseOnServer() const;
    static Result<RestoreOutcome> restore(const QString &backupPath, const QString &targetPath, const Clock &clock,
                                          const QString &userName = {}, const UserSignIn::PasswordSource &password = {});

    static QString intervalKey(BackupSettings::Interval interval); // off, daily, weekly
    static Result<BackupSettings::Interval> intervalFromKey(const QString &key);
    static Result<BackupSettings> validated(BackupSettings settings);
    // "<base>-YYYYMMDD-HHMMSS.facturo" for a company file and a time; and the time back from a name.
    static QString fileName(const QString &companyFile, const QDateTime &utc);
    static QDateTime timeOf(const QString &companyFile, const QString &backupFileName);

private:
    Result<BackupOutcome> write(const BackupSettings &settings);
    Status checkFolder(const QString &folder) const;
    static QDateTime nextDue(const BackupSettings &settings, const QDateTime &lastUtc);

    Ledger &m_ledger;
};
