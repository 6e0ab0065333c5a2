// User passwords from the command line: FACTURO_PASSWORD, `user password`, and what a name alone
// no longer does once a file has passwords.
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The real facturo-cli on one company file; env: "FACTURO_PASSWORD=..." and the like.
class Cli
{
public:
    Cli()
        : m_file(newCompanyLocation(m_dir, s("company.facturo")))
    {
        REQUIRE(m_dir.isValid());
        // The tests say which password each run has: none is inherited.
        qunsetenv("FACTURO_PASSWORD");
        qunsetenv("FACTURO_NEW_PASSWORD");
    }

    Run operator()(const QStringList &args, const QStringList &env = {}, const QString &user = {})
    {
        QStringList full {s("--db"), m_file};
        if (!user.isEmpty())
            full << s("--user") << user;
        full << args;
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), full, &r.out, &r.err, {}, env);
        return r;
    }
    QString ok(const QStringList &args, const QStringList &env = {}, const QString &user = {})
    {
        const Run r = (*this)(args, env, user);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed().split(QLatin1Char('\n')).value(0);
    }
    QByteArray bytes() const { return companyContent(m_file); }
    QString file() const { return m_file; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // marie manages the file, paul is a clerk; invoices from 1,000.00 need a manager's approval.
    // Returns a draft over the threshold.
    QString setUp()
    {
        ok({s("init"), s("--company"), s("Climatec"), s("--address"), s("Lyon"), s("--vat-id"), s("FR32123456789"),
            s("--iban"), s("FR7630006000011234567890189"), s("--manager"), s("marie"), s("--approval-threshold"),
            s("1000")});
        ok({s("user"), s("add"), s("--name"), s("paul")});
        const QString customer
            = ok({s("customer"), s("add"), s("--name"), s("Big Client"), s("--address"), s("Paris")});
        const QString draft = ok({s("invoice"), s("new"), s("--customer"), customer});
        ok({s("invoice"), s("add-line"), draft, s("--description"), s("Chiller"), s("--quantity"), s("1"),
            s("--unit-price"), s("5000"), s("--tax-rate"), s("20")});
        return draft;
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

const QStringList Marie {s("FACTURO_PASSWORD=marie-password")};
const QStringList Paul {s("FACTURO_PASSWORD=paul-password")};
} // namespace

TEST_CASE("a file without passwords works from the command line as before, whatever the environment says")
{
    Cli cli;
    const QString draft = cli.setUp();
    // No password asked, none needed: a name is enough (and a stray FACTURO_PASSWORD is ignored).
    CHECK(cli({s("invoice"), s("approve"), draft}, {}, s("paul")).code == 5);
    CHECK(cli({s("invoice"), s("list")}, {s("FACTURO_PASSWORD=anything")}, s("paul")).code == 0);
    const Run approved = cli({s("invoice"), s("approve"), draft}, {}, s("marie"));
    INFO(approved.err.toStdString());
    CHECK(approved.code == 0);
    const Run users = cli({s("--json"), s("user"), s("list")});
    REQUIRE(users.code == 0);
    for (const QJsonValue &u : QJsonDocument::fromJson(users.out.toUtf8()).array())
        CHECK_FALSE(u.toObject().value(s("password")).toBool());
}

TEST_CASE("once marie has a password, the command line needs it: right, wrong or missing")
{
    Cli cli;
    const QString draft = cli.setUp();
    // The first password is the manager's own, never on the command line itself.
    const Run setHers = cli({s("user"), s("password"), s("marie")}, {s("FACTURO_NEW_PASSWORD=marie-password")});
    INFO(setHers.err.toStdString());
    REQUIRE(setHers.code == 0);
    CHECK(setHers.out.isEmpty());

    const QByteArray before = cli.bytes();
    struct Case
    {
        QStringList env;
        QString user;
        int code;
        const char *message;
    };
    const QList<Case> refused = {
        {{}, s("marie"), 5, "FACTURO_PASSWORD"}, // missing, no terminal
        {{}, QString(), 5, "FACTURO_PASSWORD"}, // the default user too
        {{s("FACTURO_PASSWORD=marie-passwort")}, s("marie"), 5, "Wrong password for marie"},
        {{s("FACTURO_PASSWORD=")}, s("marie"), 5, "Wrong password for marie"},
        {Marie, s("paul"), 5, "paul has no password yet"}, // a clerk without one cannot sign in
    };
    for (const Case &c : refused) {
        for (const QStringList &args : {QStringList {s("invoice"), s("approve"), draft},
                 QStringList {s("invoice"), s("list")}, QStringList {s("user"), s("password"), s("paul")}}) {
            const Run r = cli(args, c.env + QStringList {s("FACTURO_NEW_PASSWORD=paul-password")}, c.user);
            INFO(args.join(QLatin1Char(' ')).toStdString()
                << " as " << c.user.toStdString() << " " << c.env.join(QLatin1Char(' ')).toStdString());
            INFO(r.err.toStdString());
            CHECK(r.code == c.code);
            CHECK(r.err.contains(QString::fromUtf8(c.message)));
            CHECK(r.out.isEmpty());
        }
    }
    // `check` reads the books: it is also for a user who signs in.
    const Run check = cli({s("check"), s("--quick")}, {}, s("marie"));
    CHECK(check.code == 5);
    CHECK(cli.bytes() == before);

    // With her password, marie approves and sets paul's; paul then works as the clerk he is.
    const Run approved = cli({s("invoice"), s("approve"), draft}, Marie, s("marie"));
    INFO(approved.err.toStdString());
    CHECK(approved.code == 0);
    CHECK(cli({s("check"), s("--quick")}, Marie).code == 0);
    cli.ok({s("user"), s("password"), s("paul")}, Marie + QStringList {s("FACTURO_NEW_PASSWORD=paul-password")});
    CHECK(cli({s("invoice"), s("list")}, Paul, s("paul")).code == 0);
    CHECK(cli({s("invoice"), s("list")}, Marie, s("paul")).code == 5); // marie's password is not paul's
    const Run clerk = cli({s("user"), s("password"), s("marie")},
        Paul + QStringList {s("FACTURO_NEW_PASSWORD=taken-over-now")}, s("paul"));
    CHECK(clerk.code == 5);
    CHECK(clerk.err.contains(s("Only a manager")));
    const Run tooShort
        = cli({s("user"), s("password"), s("paul")}, Paul + QStringList {s("FACTURO_NEW_PASSWORD=short")}, s("paul"));
    CHECK(tooShort.code == 2);
    const Run noNew = cli({s("user"), s("password"), s("paul")}, Paul, s("paul"));
    CHECK(noNew.code == 2);
    CHECK(noNew.err.contains(s("FACTURO_NEW_PASSWORD")));

    // The changes are audited, without the hash.
    const Run log = cli({s("--json"), s("audit"), s("log")}, Marie);
    REQUIRE(log.code == 0);
    int passwordEvents = 0;
    for (const QJsonValue &e : QJsonDocument::fromJson(log.out.toUtf8()).array())
        if (e.toObject().value(s("action")).toString() == s("password"))
            ++passwordEvents;
    CHECK(passwordEvents == 2);
    CHECK_FALSE(log.out.contains(s("marie-password")));

    // Clearing: marie clears paul's, then her own; the file is open to names alone again.
    cli.ok({s("user"), s("password"), s("paul"), s("--clear")}, Marie);
    cli.ok({s("user"), s("password"), s("marie"), s("--clear")}, Marie);
    CHECK(cli({s("invoice"), s("list")}, {}, s("paul")).code == 0);
}

// [file]: backups to files and restores of them (a company on a server is backed up by the server).
TEST_CASE("backup and restore from the command line ask for the password of the file they work on", "[file]")
{
    Cli cli;
    cli.setUp();
    const QString early = cli.path(s("early.facturo"));
    cli.ok({s("backup"), early});
    cli.ok({s("user"), s("password"), s("marie")}, {s("FACTURO_NEW_PASSWORD=marie-password")});

    CHECK(cli({s("backup"), cli.path(s("refused.facturo"))}).code == 5);
    CHECK_FALSE(QFile::exists(cli.path(s("refused.facturo"))));
    cli.ok({s("backup"), cli.path(s("later.facturo"))}, Marie);

    // The file replaced decides: its manager, with her password (the early backup has none).
    const QByteArray before = cli.bytes();
    for (const QStringList &env : {QStringList(), QStringList {s("FACTURO_PASSWORD=wrong-password")}}) {
        const Run r = cli({s("restore"), early}, env, s("marie"));
        INFO(r.err.toStdString());
        CHECK(r.code == 5);
        CHECK(r.err.contains(s("Nothing was changed")));
        CHECK(cli.bytes() == before);
    }
    const Run restored = cli({s("restore"), early}, Marie, s("marie"));
    INFO(restored.err.toStdString());
    CHECK(restored.code == 0);
    // The early copy had no password: names alone work again.
    CHECK(cli({s("invoice"), s("list")}, {}, s("paul")).code == 0);
}
