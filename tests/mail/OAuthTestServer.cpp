#include "OAuthTestServer.h"

#include "MailTestSupport.h"
#include "OAuthDeviceFlow.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

OAuthTestServer::OAuthTestServer(const QStringList &arguments)
{
    if (!m_state.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_state.errorString();
        return;
    }
    QStringList all {
        MailTest::scriptPath(QStringLiteral("oauth_test_server.py")), QStringLiteral("--state-dir"), m_state.path()};
    all += arguments;
    const qsizetype secret = arguments.indexOf(QStringLiteral("--client-secret"));
    if (secret >= 0)
        m_clientSecret = arguments.value(secret + 1);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(MailTest::python(), all);
    if (!m_process.waitForStarted(-1)) {
        m_error = QStringLiteral("cannot start the OAuth test server: ") + m_process.errorString();
        return;
    }
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(-1)) {
            m_error = QStringLiteral("the OAuth test server stopped: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("READY ")) {
        m_error = QStringLiteral("unexpected output from the OAuth test server: ") + QString::fromUtf8(line);
        return;
    }
    m_port = line.mid(6).toUShort();
}

OAuthTestServer::~OAuthTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(-1);
    }
}

QUrl OAuthTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

OAuthProvider OAuthTestServer::provider() const
{
    OAuthProvider p = OAuthProvider::preset(OAuthProvider::Kind::Custom, clientId(), m_clientSecret);
    p.authorizeUrl = url(QStringLiteral("/authorize"));
    p.tokenUrl = url(QStringLiteral("/token"));
    p.deviceUrl = url(QStringLiteral("/device"));
    p.revokeUrl = url(QStringLiteral("/revoke"));
    p.scope = QStringLiteral("https://mail.google.com/ offline_access");
    return p;
}

bool OAuthTestServer::admin(const QString &action) const
{
    QString error;
    MailTest::run(MailTest::python(),
        {QStringLiteral("-c"),
            QStringLiteral("import sys, urllib.request; urllib.request.urlopen(urllib.request.Request(sys.argv[1], "
                           "data=b''))"),
            url(QStringLiteral("/admin/") + action).toString()},
        &error);
    return error.isEmpty();
}

QJsonObject OAuthTestServer::stats() const
{
    QString error;
    const QByteArray output = MailTest::run(MailTest::python(),
        {QStringLiteral("-c"),
            QStringLiteral("import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read()."
                           "decode())"),
            url(QStringLiteral("/admin/stats")).toString()},
        &error);
    return QJsonDocument::fromJson(output).object();
}

QStringList OAuthTestServer::issuedTokens() const
{
    QFile file(m_state.filePath(QStringLiteral("issued.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList tokens;
    for (const QJsonValue &token : QJsonDocument::fromJson(file.readAll()).array())
        tokens << token.toString();
    return tokens;
}

OAuthTokens OAuthTestServer::signIn() const
{
    OAuthDeviceFlow flow(provider(), []() { return QDateTime::currentDateTimeUtc(); });
    flow.setSecondLength(10);
    OAuthTokens result;
    QEventLoop loop;
    QObject::connect(
        &flow, &OAuthDeviceFlow::finished, &loop, [&](bool ok, const OAuthTokens &tokens, const QString &) {
            if (ok)
                result = tokens;
            loop.quit();
        });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (flow.start().ok())
        loop.exec();
    return result;
}
