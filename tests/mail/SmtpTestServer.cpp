#include "SmtpTestServer.h"

#include "MailTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

SmtpTestServer::SmtpTestServer(const QStringList &arguments)
{
    if (!m_outbox.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_outbox.errorString();
        return;
    }
    QStringList all {
        MailTest::scriptPath(QStringLiteral("smtp_test_server.py")), QStringLiteral("--outbox"), m_outbox.path()};
    all += arguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(MailTest::python(), all);
    if (!m_process.waitForStarted(-1)) {
        m_error = QStringLiteral("cannot start the SMTP test server: ") + m_process.errorString();
        return;
    }
    // The server prints "READY <port>" once it listens; it exits if it cannot.
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(-1)) {
            m_error = QStringLiteral("the SMTP test server stopped: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("READY ")) {
        m_error = QStringLiteral("unexpected output from the SMTP test server: ") + QString::fromUtf8(line);
        return;
    }
    m_port = line.mid(6).toUShort();
}

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(-1);
    }
}

QStringList SmtpTestServer::messages() const
{
    QStringList paths;
    for (int i = 1;; ++i) {
        const QString path = m_outbox.filePath(QStringLiteral("message-%1.eml").arg(i));
        if (!QFile::exists(path))
            return paths;
        paths.append(path);
    }
}

QByteArray SmtpTestServer::messageData(int index) const
{
    QFile file(messages().value(index));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject SmtpTestServer::envelope(int index) const
{
    QString path = messages().value(index);
    path.replace(QStringLiteral(".eml"), QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString SmtpTestServer::commandsLog() const
{
    QFile file(m_outbox.filePath(QStringLiteral("commands.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
