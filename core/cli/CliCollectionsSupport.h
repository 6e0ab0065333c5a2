#pragma once

#include "CliSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

// Small helpers shared by the collections verbs (reminders, reports, import, export, bulk).
namespace CliCollectionsSupport {
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliCollectionsCommands", text, disambiguation, n);
}

inline QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

// --as-of, --from, --to: a date or, when absent, `fallback`.
inline Result<QDate> dateOption(CliSession &s, const char *name, const QDate &fallback)
{
    if (!s.args.has(opt(name)))
        return fallback;
    return s.date(s.args.option(opt(name)), QStringLiteral("--") + opt(name));
}

// FILE or "-" for standard input.
inline Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    bool ok = false;
    if (path == QLatin1String("-")) {
        ok = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        ok = file.open(QIODevice::ReadOnly);
    }
    if (!ok)
        return Error::notFound(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}
} // namespace CliCollectionsSupport
