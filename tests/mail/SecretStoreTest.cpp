#include "SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// The keychain is reached through D-Bus, whose connection a process keeps once made; so each
// scenario runs this test program again in a child process with its own environment (no
// session bus at all, or a private one with gnome-keyring), and the child writes what the
// SecretStore answered into a JSON file.

namespace {

const char ChildTag[] = "[secret-child]";

QString failureName(SecretStore::Failure failure)
{
    switch (failure) {
    case SecretStore::Failure::None:
        return QStringLiteral("None");
    case SecretStore::Failure::NotFound:
        return QStringLiteral("NotFound");
    case SecretStore::Failure::Unavailable:
        return QStringLiteral("Unavailable");
    case SecretStore::Failure::AccessDenied:
        return QStringLiteral("AccessDenied");
    case SecretStore::Failure::Other:
        return QStringLiteral("Other");
    }
    return {};
}

QJsonObject step(const SecretStore &store, bool ok, const QString &message)
{
    return {{QStringLiteral("ok"), ok}, {QStringLiteral("failure"), failureName(store.lastFailure())},
        {QStringLiteral("message"), message}};
}

// A sandbox for the child: its own home and XDG folders, so that any file the keychain code
// might write lands where the test can search it.
struct Sandbox
{
    QTemporaryDir root;
    QTemporaryDir results;
    QString secret = QStringLiteral("pw-%1-\u00e9").arg(QRandomGenerator::global()->generate64(), 0, 16);

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
            {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        for (const char *sub : {"home", "config", "data", "cache", "run"})
            QDir(root.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(
            root.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("FACTURO_SECRET_CHILD_OUTPUT"), results.filePath(QStringLiteral("result.json")));
        env.insert(QStringLiteral("FACTURO_SECRET_CHILD_SECRET"), secret);
        return env;
    }

    QJsonObject run(const QProcessEnvironment &env, const QString &program, const QStringList &arguments) const
    {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(program, arguments);
        if (!child.waitForStarted(-1))
            return {{QStringLiteral("error"), child.errorString()}};
        child.waitForFinished(-1);
        QFile file(results.filePath(QStringLiteral("result.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {{QStringLiteral("error"), QString::fromUtf8(child.readAll())}};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Files under the sandbox that hold the secret in clear text (or in base64).
    QStringList filesWithSecret() const
    {
        QStringList found;
        QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            if (content.contains(secret.toUtf8()) || content.contains(secret.toUtf8().toBase64()))
                found.append(path);
        }
        return found;
    }
};

} // namespace

TEST_CASE("secret store child process", "[.][secret-child]")
{
    const QString output = qEnvironmentVariable("FACTURO_SECRET_CHILD_OUTPUT");
    const QString secret = qEnvironmentVariable("FACTURO_SECRET_CHILD_SECRET");
    REQUIRE_FALSE(output.isEmpty());
    SecretStore store(QStringLiteral("facturo-tests"));
    const QString key = QStringLiteral("smtp:billing@facturo.test@127.0.0.1");
    QJsonObject result;
    const Status stored = store.store(key, secret);
    result.insert(QStringLiteral("store"), step(store, stored.ok(), stored.message()));
    const Result<QString> read = store.read(key);
    QJsonObject readStep = step(store, read.ok(), read.message());
    readStep.insert(QStringLiteral("matches"), read.ok() && read.value() == secret);
    result.insert(QStringLiteral("read"), readStep);
    const Status removed = store.remove(key);
    result.insert(QStringLiteral("remove"), step(store, removed.ok(), removed.message()));
    const Result<QString> readAgain = store.read(key);
    result.insert(QStringLiteral("readAfterRemove"), step(store, readAgain.ok(), readAgain.message()));
    QFile file(output);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(result).toJson());
}

TEST_CASE("without a keychain service the secret store says so clearly and writes nothing in clear text")
{
    Sandbox sandbox;
    REQUIRE(sandbox.root.isValid());
    QProcessEnvironment env = sandbox.environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=") + sandbox.root.filePath(QStringLiteral("run/no-such-bus")));
    const QJsonObject result
        = sandbox.run(env, QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildTag)});
    INFO(QString::fromUtf8(QJsonDocument(result).toJson()).toStdString());
    REQUIRE_FALSE(result.contains(QStringLiteral("error")));

    const QJsonObject store = result.value(QStringLiteral("store")).toObject();
    CHECK_FALSE(store.value(QStringLiteral("ok")).toBool());
    CHECK(store.value(QStringLiteral("failure")).toString() == QStringLiteral("Unavailable"));
    CHECK(store.value(QStringLiteral("message")).toString().contains(QStringLiteral("no keychain service")));
    const QJsonObject read = result.value(QStringLiteral("read")).toObject();
    CHECK_FALSE(read.value(QStringLiteral("ok")).toBool());
    CHECK(read.value(QStringLiteral("failure")).toString() == QStringLiteral("Unavailable"));
    CHECK(sandbox.filesWithSecret().isEmpty());
}

TEST_CASE("with a keychain service (gnome-keyring on a private D-Bus) secrets are stored, read and removed")
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    INFO("needs the Debian packages dbus-daemon and gnome-keyring");
    REQUIRE_FALSE(dbusRunSession.isEmpty());
    REQUIRE_FALSE(keyringDaemon.isEmpty());

    Sandbox sandbox;
    REQUIRE(sandbox.root.isValid());
    QProcessEnvironment env = sandbox.environment();
    env.insert(QStringLiteral("FACTURO_KEYRING_PASSWORD"), QStringLiteral("keyring-unlock-password"));
    // Start the keyring daemon, unlocked, inside a private session bus, then the child.
    const QString script = QStringLiteral("printf '%s' \"$FACTURO_KEYRING_PASSWORD\" | gnome-keyring-daemon --unlock "
                                          "--components=secrets >/dev/null && exec \"$0\" \"$@\"");
    const QJsonObject result = sandbox.run(env, dbusRunSession,
        {QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
            QCoreApplication::applicationFilePath(), QString::fromLatin1(ChildTag)});
    INFO(QString::fromUtf8(QJsonDocument(result).toJson()).toStdString());
    REQUIRE_FALSE(result.contains(QStringLiteral("error")));

    CHECK(result.value(QStringLiteral("store")).toObject().value(QStringLiteral("ok")).toBool());
    const QJsonObject read = result.value(QStringLiteral("read")).toObject();
    CHECK(read.value(QStringLiteral("ok")).toBool());
    CHECK(read.value(QStringLiteral("matches")).toBool());
    CHECK(result.value(QStringLiteral("remove")).toObject().value(QStringLiteral("ok")).toBool());
    const QJsonObject readAgain = result.value(QStringLiteral("readAfterRemove")).toObject();
    CHECK_FALSE(readAgain.value(QStringLiteral("ok")).toBool());
    CHECK(readAgain.value(QStringLiteral("failure")).toString() == QStringLiteral("NotFound"));
    CHECK(sandbox.filesWithSecret().isEmpty()); // the keyring file is encrypted
}
