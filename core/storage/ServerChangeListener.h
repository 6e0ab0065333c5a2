#pragma once

#include "Result.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class PgConnection;
class QSocketNotifier;

// Hears the other clerks' committed changes to a company kept on a server (LISTEN on the channel
// that every write transaction notifies at COMMIT, PgConnection::commitWrite), on a session of its
// own so that it never waits behind the window's work. A burst of notices becomes one changed()
// after a short quiet time; the notices of the window's own session (ownSession()) are left out,
// as the window already shows its own work. When the session is lost it is made again every few
// seconds; then changed() is said once, as notices may have been missed meanwhile.
//
//   ServerChangeListener listener(location, [&] { return db.server()->backendPid(); });
//   connect(&listener, &ServerChangeListener::changed, ...);
//   listener.start();
class ServerChangeListener : public QObject
{
    Q_OBJECT
public:
    ServerChangeListener(QString location, std::function<int()> ownSession, QObject *parent = nullptr);
    ~ServerChangeListener() override;

    Status start();
    bool isListening() const;
    // The quiet time that gathers a burst of notices into one changed() (default 250 ms).
    void setQuietTime(int milliseconds) { m_quiet.setInterval(milliseconds); }
    void setReconnectInterval(int milliseconds) { m_reconnect.setInterval(milliseconds); }

signals:
    // Another session committed a change to the company.
    void changed();
    // The listening session was lost (message) or is back (empty message).
    void connectionChanged(const QString &problem);

private:
    Status listen();
    void readNotices();
    void lose(const QString &problem);
    void tryReconnect();

    QString m_location;
    std::function<int()> m_ownSession;
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_quiet;
    QTimer m_reconnect;
};
