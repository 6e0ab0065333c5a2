#include "CliServerCommands.h"

#include "CliServerTransferCommands.h"

#include "PgConnection.h"
#include "PgSchema.h"

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliServerCommands", text, disambiguation, n);
}

Result<QString> location(CliSession &s)
{
    auto uri = s.args.positional(0, tr("the server location (postgresql://user@host/database)"));
    if (!uri)
        return uri.error();
    if (!PgConnection::isServerLocation(uri.value()))
        return Error::invalid(tr("%1 is not a server location: write it as postgresql://user@host[:port]/database.")
                                  .arg(uri.value()));
    return uri.value();
}
} // namespace

Status CliServerCommands::server(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("init")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("role")}, QStringLiteral("server init")));
        auto uri = location(s);
        if (!uri)
            return uri.error();
        FACTURO_TRY(PgSchema::init(uri.value(), s.args.option(QStringLiteral("role"), PgSchema::defaultApplicationRole())));
        s.line(tr("The company's schema is set up on %1.").arg(PgConnection::displayLocation(uri.value())));
        return {};
    }
    if (sub == QLatin1String("upgrade")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("role")}, QStringLiteral("server upgrade")));
        auto uri = location(s);
        if (!uri)
            return uri.error();
        FACTURO_TRY(PgSchema::upgrade(uri.value(),
                                      s.args.option(QStringLiteral("role"), PgSchema::defaultApplicationRole())));
        s.line(tr("The company's schema on %1 is up to date.").arg(PgConnection::displayLocation(uri.value())));
        return {};
    }
    if (sub == QLatin1String("import"))
        return CliServerTransferCommands::importFile(s);
    if (sub == QLatin1String("export"))
        return CliServerTransferCommands::exportTo(s);
    return Error::invalid(tr("Use: server init URI [--role NAME] | server upgrade URI."));
}
