#pragma once

#include "OAuthProvider.h"
#include "OAuthTokens.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class OAuthTokenClient;

// Sign-in with a code typed on another device: the device authorization grant (RFC 8628).
// start() asks the device endpoint for a user code, codeReady() shows it, then the token
// endpoint is polled at the server's interval: authorization_pending waits, slow_down adds
// five seconds to the interval, expired_token and access_denied end the sign-in.
//
//   auto *flow = new OAuthDeviceFlow(provider, clock, this);
//   connect(flow, &OAuthDeviceFlow::codeReady, ...);  // "go to <uri> and type <code>"
//   connect(flow, &OAuthDeviceFlow::finished, ...);
//   flow->start();
class OAuthDeviceFlow : public QObject
{
    Q_OBJECT

public:
    OAuthDeviceFlow(OAuthProvider provider, std::function<QDateTime()> clock, QObject *parent = nullptr);

    Status start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The interval the poller uses now, in the server's seconds.
    int intervalSeconds() const { return m_interval; }
    // Milliseconds a protocol second lasts (default 1000); tests shorten the waits with it.
    void setSecondLength(int milliseconds) { m_secondMs = qMax(1, milliseconds); }

signals:
    // userCode to type at verificationUri (verificationUriComplete has the code in it, may be empty).
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete,
        int expiresInSeconds);
    void finished(bool ok, const OAuthTokens &tokens, const QString &message);

private:
    void onDeviceCode(const QJsonObject &body);
    void poll();
    void fail(const QString &message);

    OAuthProvider m_provider;
    std::function<QDateTime()> m_clock;
    OAuthTokenClient *m_client = nullptr;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QString m_deviceCode;
    int m_interval = 5;
    qint64 m_expiresIn = 900;
    int m_secondMs = 1000;
    bool m_running = false;
};
