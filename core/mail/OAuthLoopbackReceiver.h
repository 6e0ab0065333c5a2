#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

// The loopback redirect of the authorization code flow (RFC 8252 section 7.3): a tiny HTTP
// listener on 127.0.0.1 only, on a port the system picks, that takes the browser's one
// "GET /?code=...&state=..." and answers with a short page telling the user to go back to
// Facturo. Requests for other paths are answered 404 and ignored.
class OAuthLoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit OAuthLoopbackReceiver(QObject *parent = nullptr);
    ~OAuthLoopbackReceiver() override;

    bool listen(); // false when no port could be opened on 127.0.0.1
    void close();
    // "http://127.0.0.1:<port>/", the redirect_uri to register and send.
    QUrl redirectUri() const;

signals:
    // The query of the redirect (code and state, or error and error_description).
    void received(const QUrlQuery &query);

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    static void reply(QTcpSocket *socket, int status, const QString &text);

    QTcpServer *m_server = nullptr;
    bool m_done = false;
};
