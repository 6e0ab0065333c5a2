#pragma once

#include <QStringList>

// Where company files are and which were used last (QSettings): `facturo FILE` opens FILE,
// else the last used file, else the default file in the application data folder. A company on a
// server (postgresql://...) is remembered by its location without the password.
class CompanyFiles
{
public:
    static QString defaultFile();
    static QString demoFile();
    static QString lastFile();
    static QStringList recentFiles();
    // Remembers a file as the last used and puts it first in the recent list.
    static void remember(const QString &path);
    static void forget(const QString &path);

    // A location as the window shows it: a file's full path, a server's location without password.
    static QString shown(const QString &location);
    // Its short name (a menu entry, a title, the name of a file about it): a file's name, or the
    // database's name on a server.
    static QString shortName(const QString &location);
    // Whether two locations are the same company (a file by its path, a server without password).
    static bool same(const QString &a, const QString &b);
    // The folder for files made about the company (an exported audit anchor): the company file's
    // folder, or for a company on a server the user's documents folder.
    static QString folderFor(const QString &location);

    static constexpr int MaxRecent = 8;
};
