#include "CompanyFiles.h"

#include "PgConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// How a location is remembered: a file by its absolute path, a server without its password.
QString remembered(const QString &location)
{
    if (PgConnection::isServerLocation(location))
        return PgConnection::displayLocation(location);
    return QFileInfo(location).absoluteFilePath();
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
    files.removeIf([](const QString &path) { return !PgConnection::isServerLocation(path) && !QFileInfo::exists(path); });
    return files;
}

void CompanyFiles::remember(const QString &path)
{
    const QString absolute = remembered(path);
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
    const QString absolute = remembered(path);
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(absolute);
    settings.setValue(QStringLiteral("files/recent"), files);
    if (settings.value(QStringLiteral("files/last")).toString() == absolute)
        settings.remove(QStringLiteral("files/last"));
}

QString CompanyFiles::shown(const QString &location)
{
    return PgConnection::isServerLocation(location) ? PgConnection::displayLocation(location)
                                                    : QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

QString CompanyFiles::shortName(const QString &location)
{
    if (!PgConnection::isServerLocation(location))
        return QFileInfo(location).fileName();
    const QString database = QUrl(location).path().mid(1);
    return database.isEmpty() ? PgConnection::displayLocation(location) : database;
}

bool CompanyFiles::same(const QString &a, const QString &b)
{
    return remembered(a) == remembered(b);
}

QString CompanyFiles::folderFor(const QString &location)
{
    if (PgConnection::isServerLocation(location))
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(location).absolutePath();
}
