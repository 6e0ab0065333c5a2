#include "CliBackupCommands.h"

#include "BackupService.h"
#include "CliPassword.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliBackupCommands", text, disambiguation, n);
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

Status rotated(CliSession &s, bool now)
{
    BackupService backups(*s.ledger);
    auto done = now ? backups.backupNow() : backups.runDue();
    if (!done)
        return done.error();
    if (s.args.json) {
        s.json(QJsonObject {{QStringLiteral("written"), done->written},
            {QStringLiteral("removed"), QJsonArray::fromStringList(done->removed)},
            {QStringLiteral("last"), timeText(done->lastUtc)},
            {QStringLiteral("next_due"), timeText(done->nextDueUtc)}});
        return {};
    }
    if (!done->written.isEmpty())
        s.line(done->written);
    for (const QString &removed : done->removed)
        s.err << tr("Removed the old backup %1").arg(QDir::toNativeSeparators(removed)) << '\n';
    if (done->written.isEmpty() && !done->nextDueUtc.isValid())
        s.err << tr("No scheduled backups: set a folder and an interval with "
                    "`facturo-cli settings backup --folder DIR --every daily`.")
              << '\n';
    else if (done->written.isEmpty())
        s.err << tr("No backup is due: the last one was made at %1 (UTC); the next is due at %2 (UTC).")
                     .arg(timeText(done->lastUtc), timeText(done->nextDueUtc))
              << '\n';
    s.err.flush();
    return {};
}
} // namespace

Status CliBackupCommands::backup(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("rotate"), QStringLiteral("now")}, QStringLiteral("backup")));
    const bool rotate = s.args.flag(QStringLiteral("rotate"));
    const bool now = s.args.flag(QStringLiteral("now"));
    if (rotate || now) {
        if (s.args.words.size() > 1)
            return Error::invalid(tr("backup --rotate and --now write into the backup folder of the settings: "
                                     "give no file name."));
        return rotated(s, now);
    }
    auto target = s.args.positional(0, tr("backup file name (or --rotate, --now)"));
    if (!target)
        return target.error();
    FACTURO_TRY(s.ledger->backupTo(target.value()));
    s.line(target.value());
    return {};
}

Status CliBackupCommands::restore(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("into")}, QStringLiteral("restore")));
    auto backup = s.args.positional(0, tr("backup file to restore"));
    if (!backup)
        return backup.error();
    const QString target = s.args.option(QStringLiteral("into"), s.args.db);
    if (target.isEmpty())
        return Error::invalid(tr("No company file to restore into: give it with --db FILE or --into FILE."));
    auto done = BackupService::restore(backup.value(), target, s.systemClock, s.args.user,
                                       [&s](const User &user) { return CliPassword::signIn(s, user.name); });
    if (!done)
        return done.error();
    if (s.args.json) {
        s.json(QJsonObject {{QStringLiteral("restored"), done->restored}, {QStringLiteral("kept_as"), done->keptAs},
            {QStringLiteral("backup"), QFileInfo(backup.value()).absoluteFilePath()},
            {QStringLiteral("passed"), QJsonArray::fromStringList(done->passed)}});
        return {};
    }
    s.line(done->restored);
    if (!done->keptAs.isEmpty()) {
        s.err << tr("The file it replaced is kept as %1").arg(QDir::toNativeSeparators(done->keptAs)) << '\n';
        s.err.flush();
    }
    return {};
}

Status CliBackupCommands::settings(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("folder"), QStringLiteral("keep"), QStringLiteral("every")},
        QStringLiteral("settings backup")));
    BackupService backups(*s.ledger);
    auto loaded = backups.loadSettings();
    if (!loaded)
        return loaded.error();
    BackupSettings settings = loaded.value();
    const bool changing = s.args.has(QStringLiteral("folder")) || s.args.has(QStringLiteral("keep"))
        || s.args.has(QStringLiteral("every"));
    if (changing) {
        if (s.args.has(QStringLiteral("folder")))
            settings.folder = s.args.option(QStringLiteral("folder"));
        if (s.args.has(QStringLiteral("keep"))) {
            bool ok = false;
            settings.keep = s.args.option(QStringLiteral("keep")).toInt(&ok);
            if (!ok)
                return Error::invalid(
                    tr("--keep: \"%1\" is not a number of backups.").arg(s.args.option(QStringLiteral("keep"))));
        }
        if (s.args.has(QStringLiteral("every"))) {
            auto interval = BackupService::intervalFromKey(s.args.option(QStringLiteral("every")));
            if (!interval)
                return interval.error();
            settings.interval = interval.value();
        }
        FACTURO_TRY(backups.saveSettings(settings));
        loaded = backups.loadSettings();
        if (!loaded)
            return loaded.error();
        settings = loaded.value();
    }
    auto existing = backups.backups();
    if (!existing)
        return existing.error();
    const QString last = existing->isEmpty()
        ? QString()
        : timeText(BackupService::timeOf(s.ledger->database().path(), existing->first().fileName()));
    const QJsonObject json {{QStringLiteral("folder"), settings.folder}, {QStringLiteral("keep"), settings.keep},
        {QStringLiteral("every"), BackupService::intervalKey(settings.interval)},
        {QStringLiteral("backups"), static_cast<int>(existing->size())}, {QStringLiteral("last"), last}};
    s.record(json);
    return {};
}
