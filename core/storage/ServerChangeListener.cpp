#include "ServerChangeListener.h"

#include "PgConnection.h"

#include <QSocketNotifier>

#include <libpq-fe.h>

ServerChangeListener::ServerChangeListener(QString location, std::function<int()> ownSession, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_ownSession(std::move(ownSession))
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(250);
    connect(&m_quiet, &QTimer::timeout, this, &ServerChangeListener::changed);
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(5000);
    connect(&m_reconnect, &QTimer::timeout, this, &ServerChangeListener::tryReconnect);
}

ServerChangeListener::~ServerChangeListener() = default;

Status ServerChangeListener::start()
{
    return listen();
}

bool ServerChangeListener::isListening() const
{
    return m_notifier != nullptr;
}

Status ServerChangeListener::listen()
{
    m_notifier.reset();
    m_connection.reset();
    auto connection = PgConnection::connect(m_location);
    if (!connection)
        return connection.error();
    FACTURO_TRY(connection.value()->execute(QByteArrayLiteral("LISTEN ") + PgConnection::changeChannel()));
    m_connection = std::move(connection.value());
    const int socket = PQsocket(m_connection->handle());
    m_notifier = std::make_unique<QSocketNotifier>(socket, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ServerChangeListener::readNotices);
    return {};
}

void ServerChangeListener::readNotices()
{
    pg_conn *conn = m_connection->handle();
    if (!PQconsumeInput(conn) || PQstatus(conn) != CONNECTION_OK) {
        lose(PgConnection::connectionError(conn, m_location).message());
        return;
    }
    const int own = m_ownSession ? m_ownSession() : 0;
    bool others = false;
    while (PGnotify *notice = PQnotifies(conn)) {
        if (notice->be_pid != own)
            others = true;
        PQfreemem(notice);
    }
    if (others && !m_quiet.isActive())
        m_quiet.start();
}

void ServerChangeListener::lose(const QString &problem)
{
    // Called from the notifier's own signal: it goes once that signal is over.
    m_notifier->setEnabled(false);
    m_notifier.release()->deleteLater();
    m_connection.reset();
    emit connectionChanged(problem);
    m_reconnect.start();
}

void ServerChangeListener::tryReconnect()
{
    if (!listen()) {
        m_reconnect.start();
        return;
    }
    emit connectionChanged(QString());
    m_quiet.start(); // what happened while nobody listened is read again
}
