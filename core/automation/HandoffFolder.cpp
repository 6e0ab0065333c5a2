#include "HandoffFolder.h"

#include "AtomicFile.h"

#include <QDir>
#include <QFile>

const QString HandoffFolder::ProcessedFolder = QStringLiteral("processed");
const QString HandoffFolder::FailedFolder = QStringLiteral("failed");

QList<QFileInfo> HandoffFolder::candidates(const QString &folder)
{
    QList<QFileInfo> found;
    if (folder.isEmpty())
        return found;
    const QFileInfoList entries = QDir(folder).entryInfoList(
        {QStringLiteral("*.json")}, QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        // Hidden files are other programs' working copies; the filter is case-insensitive on
        // some systems, so the suffix is checked again.
        if (entry.fileName().startsWith(QLatin1Char('.')) || !entry.fileName().endsWith(QLatin1String(".json"))
            || !entry.isFile() || entry.isSymLink())
            continue;
        found.append(entry);
    }
    return found;
}

bool HandoffFolder::settled(const QFileInfo &file, const QDateTime &nowUtc, int settleSeconds)
{
    const QDateTime changed = file.lastModified().toUTC();
    if (!changed.isValid())
        return false;
    // A time in the future (a clock set back, a copied file) counts as just changed.
    return changed.msecsTo(nowUtc) >= qint64(settleSeconds) * 1000;
}

QString HandoffFolder::errorFileName(const QString &fileName)
{
    QString base = fileName;
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    return base + QStringLiteral(".error.txt");
}

Result<QString> HandoffFolder::moveInto(const QString &filePath, const QString &subfolder)
{
    const QFileInfo source(filePath);
    QDir target(source.absolutePath());
    if (!target.exists(subfolder) && !target.mkdir(subfolder))
        return Error::storage(
            tr("Could not make the folder %1.").arg(QDir::toNativeSeparators(target.filePath(subfolder))));
    target.setPath(target.filePath(subfolder));
    QString base = source.fileName();
    if (base.endsWith(QLatin1String(".json")))
        base.chop(5);
    for (int n = 1; n < 10000; ++n) {
        const QString name = n == 1 ? source.fileName() : QStringLiteral("%1-%2.json").arg(base).arg(n);
        const QString path = target.filePath(name);
        if (QFileInfo::exists(path) || QFileInfo::exists(target.filePath(errorFileName(name))))
            continue;
        // QFile::rename never replaces an existing file.
        QFile file(filePath);
        if (file.rename(path))
            return path;
        if (!QFileInfo::exists(filePath))
            return Error::notFound(
                tr("The file %1 is no longer in the hand-off folder.").arg(QDir::toNativeSeparators(filePath)));
        if (!QFileInfo::exists(path))
            return Error::storage(
                tr("Could not move %1 to %2: %3.")
                    .arg(QDir::toNativeSeparators(filePath), QDir::toNativeSeparators(path), file.errorString()));
    }
    return Error::storage(
        tr("Could not find a free name for %1 in %2.").arg(source.fileName(), QDir::toNativeSeparators(target.path())));
}

Result<QString> HandoffFolder::writeErrorFile(const QString &movedPath, const QString &text)
{
    const QFileInfo moved(movedPath);
    const QString path = moved.absoluteDir().filePath(errorFileName(moved.fileName()));
    AtomicFile file(path, AtomicFile::Existing::MustNotBe);
    FACTURO_TRY(file.open());
    file.device().write(text.toUtf8());
    FACTURO_TRY(file.commit());
    return path;
}
