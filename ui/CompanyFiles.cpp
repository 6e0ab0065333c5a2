#include "CompanyFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
} // namespace

QString CompanyFiles::defaultFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("company.facturo"));
}

QString CompanyFiles::demoFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("demo.facturo"));
}

QString CompanyFiles::lastFile()
{
    return QSettings().value(QStringLiteral("files/last")).toString();
}

QStringList CompanyFiles::recentFiles()
{
    QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    files.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return files;
}

void CompanyFiles::remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecent)
        files.removeLast();
    settings.setValue(QStringLiteral("files/recent"), files);
    settings.setValue(QStringLiteral("files/last"), absolute);
}

void CompanyFiles::forget(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(absolute);
    settings.setValue(QStringLiteral("files/recent"), files);
    if (settings.value(QStringLiteral("files/last")).toString() == absolute)
        settings.remove(QStringLiteral("files/last"));
}
