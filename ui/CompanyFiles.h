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

    static constexpr int MaxRecent = 8;
};
