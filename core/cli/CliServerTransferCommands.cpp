#include "CliServerTransferCommands.h"

#include "PgConnection.h"
#include "ServerTransfer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliServerTransferCommands", text, disambiguation, n);
}

QString shownFile(const QString &file)
{
    return QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
}

void report(
    CliSession &s, const ServerTransfer::Summary &summary, const QString &from, const QString &to, const QString &text)
{
    if (s.args.json) {
        s.json(QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to},
            {QStringLiteral("tables"), summary.tables}, {QStringLiteral("rows"), summary.rows}});
        return;
    }
    s.line(text.arg(from, to).arg(summary.tables).arg(summary.rows));
}
} // namespace

Status CliServerTransferCommands::importFile(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("server import")));
    auto file = s.args.positional(0, tr("the company file to import"));
    if (!file)
        return file.error();
    auto uri = s.args.positional(1, tr("the server location (postgresql://owner@host/database)"));
    if (!uri)
        return uri.error();
    auto done = ServerTransfer::importFile(file.value(), uri.value());
    if (!done)
        return done.error();
    report(s, done.value(), shownFile(file.value()), PgConnection::displayLocation(uri.value()),
        tr("The company of %1 is now on %2 (%3 tables, %4 rows)."));
    return {};
}

Status CliServerTransferCommands::exportTo(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("server export")));
    auto uri = s.args.positional(0, tr("the server location (postgresql://owner@host/database)"));
    if (!uri)
        return uri.error();
    auto file = s.args.positional(1, tr("the new company file"));
    if (!file)
        return file.error();
    auto done = ServerTransfer::exportTo(uri.value(), file.value());
    if (!done)
        return done.error();
    report(s, done.value(), PgConnection::displayLocation(uri.value()), shownFile(file.value()),
        tr("The company on %1 is written into %2 (%3 tables, %4 rows)."));
    return {};
}
