// facturo-cli starts without libpq: the PostgreSQL client library and the libraries it needs
// are loaded the first time a company on a server is opened (core/storage/LibPq.h).
#include "TestDatabase.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST_CASE("facturo-cli on a company file starts without libpq; a server location loads it", "[file]")
{
    // [file]: the first half is about a company file (on a server run the location would be one).
    const QString cli = QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(s("company.facturo"));
    QString out, err;
    REQUIRE(runProgram(
                cli, {s("--db"), db, s("init"), s("--company"), s("Climatec"), s("--address"), s("Lyon")}, &out, &err)
        == 0);

    // The loader's own account of what it loads (glibc's LD_DEBUG): Qt and SQLite, never libpq.
    REQUIRE(runProgram(cli, {s("--db"), db, s("customer"), s("list")}, &out, &err, {}, {s("LD_DEBUG=libs")}) == 0);
    CHECK(err.contains(s("libsqlite3.so")));
    CHECK_FALSE(err.contains(s("libpq")));
    CHECK_FALSE(err.contains(s("libldap")));

    // A server location (nothing listens on port 1): libpq is loaded, and the refusal is the
    // server's, not a missing library.
    const int code = runProgram(cli, {s("--db"), s("postgresql://clerk@127.0.0.1:1/acme"), s("customer"), s("list")},
        &out, &err, {}, {s("LD_DEBUG=libs")});
    CHECK(code != 0);
    CHECK(err.contains(s("libpq.so.5")));
    CHECK_FALSE(err.contains(s("cannot be loaded")));
    REQUIRE(runProgram(cli, {s("--db"), s("postgresql://clerk@127.0.0.1:1/acme"), s("customer"), s("list")}, &out, &err)
        != 0);
    INFO(err.toStdString());
    CHECK(err.startsWith(s("facturo-cli: ")));
    CHECK(err.contains(s("127.0.0.1")));
}
