#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// smtp_test_server.py running on 127.0.0.1 on a free port for the life of this object.
class SmtpTestServer
{
public:
    explicit SmtpTestServer(const QStringList &arguments = {});
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    bool isRunning() const { return m_port != 0; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

    // Paths of the received messages, in the order they arrived.
    QStringList messages() const;
    QByteArray messageData(int index) const;
    QJsonObject envelope(int index) const; // mail_from, rcpt_tos, mail_options, tls, authenticated
    QString commandsLog() const; // one line per MAIL FROM (and refused DATA)

private:
    QTemporaryDir m_outbox;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
