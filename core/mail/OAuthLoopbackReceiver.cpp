#include "OAuthLoopbackReceiver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
const qsizetype MaxRequestBytes = 16384;
}

OAuthLoopbackReceiver::OAuthLoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OAuthLoopbackReceiver::onConnection);
}

OAuthLoopbackReceiver::~OAuthLoopbackReceiver() = default;

bool OAuthLoopbackReceiver::listen()
{
    m_done = false;
    return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, 0);
}

void OAuthLoopbackReceiver::close()
{
    m_server->close();
}

QUrl OAuthLoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void OAuthLoopbackReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
    }
}

void OAuthLoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("facturoRequest").toByteArray() + socket->readAll();
    if (buffer.size() > MaxRequestBytes) {
        socket->abort();
        return;
    }
    if (!buffer.contains("\r\n\r\n")) {
        socket->setProperty("facturoRequest", buffer);
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        reply(socket, 405, tr("Only the sign-in redirect is answered here."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)), QUrl::StrictMode);
    if (target.path() != QLatin1String("/") || m_done) {
        reply(socket, 404, tr("Nothing here."));
        return;
    }
    const QUrlQuery query(target);
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"))) {
        reply(socket, 400, tr("This is not a sign-in answer."));
        return;
    }
    m_done = true;
    if (query.hasQueryItem(QStringLiteral("error")))
        reply(socket, 200, tr("The sign-in did not complete. You can close this window and return to Facturo."));
    else
        reply(socket, 200, tr("Signed in. You can close this window and return to Facturo."));
    emit received(query);
}

void OAuthLoopbackReceiver::reply(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Facturo</title></head><body><p>"
        + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}
