#include "BackupService.h"

#include "BackupRestore.h"
#include "ChainAnchor.h"
#include "Ledger.h"
#include "PgConnection.h"
#include "Transaction.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace {
const QString FolderKey = QStringLiteral("backup.folder");
const QString KeepKey = QStringLiteral("backup.keep");
const QString EveryKey = QStringLiteral("backup.every");
constexpr int MaxKeep = 1000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QRegularExpression namePattern(const QString &companyFile)
{
    return QRegularExpression(QStringLiteral("^%1-(\\d{8}-\\d{6})\\.facturo$")
                                  .arg(QRegularExpression::escape(QFileInfo(companyFile).completeBaseName())));
}
} // namespace

QString BackupService::intervalKey(BackupSettings::Interval interval)
{
    switch (interval) {
    case BackupSettings::Interval::Off:
        return QStringLiteral("off");
    case BackupSettings::Interval::Daily:
        return QStringLiteral("daily");
    case BackupSettings::Interval::Weekly:
        return QStringLiteral("weekly");
    }
    return {};
}

Result<BackupSettings::Interval> BackupService::intervalFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (auto interval :
        {BackupSettings::Interval::Off, BackupSettings::Interval::Daily, BackupSettings::Interval::Weekly})
        if (k == intervalKey(interval))
            return interval;
    return Error::invalid(tr("The backup interval \"%1\" is not one of daily, weekly or off.").arg(key));
}

QString BackupService::fileName(const QString &companyFile, const QDateTime &utc)
{
    return QFileInfo(companyFile).completeBaseName() + QLatin1Char('-')
        + utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".facturo");
}

QDateTime BackupService::timeOf(const QString &companyFile, const QString &backupFileName)
{
    const QRegularExpressionMatch match = namePattern(companyFile).match(backupFileName);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1).left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(1).mid(9), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

Result<BackupSettings> BackupService::validated(BackupSettings s)
{
    s.folder = s.folder.trimmed();
    if (!s.folder.isEmpty())
        s.folder = QDir::cleanPath(QFileInfo(s.folder).absoluteFilePath());
    if (s.keep < 1 || s.keep > MaxKeep)
        return Error::invalid(tr("The number of backups to keep must be between 1 and %1.").arg(MaxKeep));
    return s;
}

Result<BackupSettings> BackupService::loadSettings() const
{
    CompanyRepository &company = m_ledger.context().company;
    auto folder = company.setting(FolderKey);
    auto keep = company.setting(KeepKey, QStringLiteral("7"));
    auto every = company.setting(EveryKey, intervalKey(BackupSettings::Interval::Daily));
    for (const auto *r : {&folder, &keep, &every})
        if (!r->ok())
            return r->error();
    BackupSettings s;
    s.folder = folder.value();
    bool ok = false;
    const int kept = keep->toInt(&ok);
    s.keep = ok ? qBound(1, kept, MaxKeep) : 7;
    auto interval = intervalFromKey(every.value());
    s.interval = interval ? interval.value() : BackupSettings::Interval::Daily;
    return s;
}

Status BackupService::saveSettings(const BackupSettings &settings)
{
    LedgerContext &ctx = m_ledger.context();
    if (!ctx.user.isManager())
        return Error::permission(tr("Only a manager can change the backup settings."));
    auto s = validated(settings);
    if (!s)
        return s.error();
    if (!s->folder.isEmpty())
        FACTURO_TRY(refuseOnServer());
    if (s->isScheduled())
        FACTURO_TRY(checkFolder(s->folder));
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    FACTURO_TRY(ctx.company.setSetting(FolderKey, s->folder));
    FACTURO_TRY(ctx.company.setSetting(KeepKey, QString::number(s->keep)));
    FACTURO_TRY(ctx.company.setSetting(EveryKey, intervalKey(s->interval)));
    FACTURO_TRY(m_ledger.audit().record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
        {{QStringLiteral("backup_folder"), s->folder}, {QStringLiteral("backup_keep"), s->keep},
            {QStringLiteral("backup_every"), intervalKey(s->interval)}}));
    return tx.commit();
}

Error BackupService::serverRestoreRefusal()
{
    return Error::refused(tr("A company on a server is restored by the server: pg_restore, or a company file "
                             "moved there with `facturo-cli server import` (docs/server.md). Nothing was changed."));
}

Status BackupService::refuseOnServer() const
{
    if (m_ledger.database().isServer())
        return Error::refused(
            tr("A company on a server is backed up by the server (pg_dump, or a company file "
               "taken with `facturo-cli server export`), not into a backup folder (docs/server.md)."));
    return {};
}

Status BackupService::checkFolder(const QString &folder) const
{
    const QFileInfo info(folder);
    if (!info.exists())
        return Error::storage(
            tr("The backup folder %1 does not exist. Create it, or connect the drive it is on.").arg(native(folder)));
    if (!info.isDir())
        return Error::storage(tr("The backup folder %1 is not a folder.").arg(native(folder)));
    if (!info.isWritable())
        return Error::storage(
            tr("The backup folder %1 is read-only: choose a folder Facturo can write to.").arg(native(folder)));
    if (QDir::cleanPath(QFileInfo(m_ledger.database().path()).absolutePath())
        == QDir::cleanPath(info.absoluteFilePath()))
        return Error::invalid(tr("Backups are kept in another folder than the company file: choose another folder."));
    return {};
}

Result<QList<QFileInfo>> BackupService::backups() const
{
    auto settings = loadSettings();
    if (!settings)
        return settings.error();
    QList<QFileInfo> found;
    if (settings->folder.isEmpty())
        return found;
    const QString company = m_ledger.database().path();
    const QFileInfoList files = QDir(settings->folder).entryInfoList({QStringLiteral("*.facturo")}, QDir::Files);
    for (const QFileInfo &file : files)
        if (timeOf(company, file.fileName()).isValid())
            found.append(file);
    // The names sort by time: newest first.
    std::sort(
        found.begin(), found.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() > b.fileName(); });
    return found;
}

QDateTime BackupService::nextDue(const BackupSettings &settings, const QDateTime &lastUtc)
{
    if (!settings.isScheduled())
        return {};
    if (!lastUtc.isValid())
        return QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // due now
    return lastUtc.addDays(settings.interval == BackupSettings::Interval::Weekly ? 7 : 1);
}

Result<BackupOutcome> BackupService::runDue()
{
    auto settings = loadSettings();
    if (!settings)
        return settings.error();
    BackupOutcome outcome;
    if (m_ledger.database().isServer()) // backed up by the server: no folder is ever due
        return outcome;
    if (!settings->isScheduled())
        return outcome;
    auto existing = backups();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        outcome.lastUtc = timeOf(m_ledger.database().path(), existing->first().fileName());
    outcome.nextDueUtc = nextDue(settings.value(), outcome.lastUtc);
    if (m_ledger.context().clock.nowUtc() < outcome.nextDueUtc)
        return outcome;
    return write(settings.value());
}

Result<BackupOutcome> BackupService::backupNow()
{
    FACTURO_TRY(refuseOnServer());
    auto settings = loadSettings();
    if (!settings)
        return settings.error();
    if (settings->folder.isEmpty())
        return Error::invalid(tr("No backup folder is set: choose one in the backup settings "
                                 "(facturo-cli settings backup --folder DIR)."));
    return write(settings.value());
}

Result<BackupOutcome> BackupService::write(const BackupSettings &settings)
{
    FACTURO_TRY(refuseOnServer());
    FACTURO_TRY(checkFolder(settings.folder));
    const QDateTime now = m_ledger.context().clock.nowUtc().toUTC();
    const QString target = QDir(settings.folder).filePath(fileName(m_ledger.database().path(), now));
    if (QFileInfo::exists(target))
        return Error::conflict(tr("A backup was already made this second (%1).").arg(native(target)));
    FACTURO_TRY(m_ledger.backupTo(target));

    BackupOutcome outcome;
    outcome.written = target;
    outcome.lastUtc = now;
    outcome.nextDueUtc = nextDue(settings, now);
    // Rotation: only this company file's own copies, the oldest beyond `keep` deleted.
    auto existing = backups();
    if (!existing)
        return existing.error();
    for (qsizetype i = existing->size() - 1; i >= settings.keep; --i) {
        const QFileInfo &old = existing->at(i);
        if (old.absoluteFilePath() == QFileInfo(target).absoluteFilePath())
            continue;
        if (!QFile::remove(old.absoluteFilePath()))
            return Error::storage(tr("The backup %1 was made, but the old backup %2 could not be deleted.")
                                      .arg(native(target), native(old.absoluteFilePath())));
        QFile::remove(ChainAnchor::sidecarPath(old.absoluteFilePath())); // its anchor goes with it
        outcome.removed.append(old.absoluteFilePath());
    }
    return outcome;
}

Result<RestoreOutcome> BackupService::restore(
    const QString &backupPath, const QString &targetPath, const Clock &clock, const QString &userName,
    const UserSignIn::PasswordSource &password)
{
    // A file is never made or replaced at the path a server location would read as.
    if (PgConnection::isServerLocation(targetPath))
        return serverRestoreRefusal();
    return BackupRestore(backupPath, targetPath, clock, userName, password).run();
}
