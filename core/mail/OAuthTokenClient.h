#pragma once

#include "OAuthResponse.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Posts application/x-www-form-urlencoded requests to an authorization server's endpoints
// (token, device authorization, revocation) on QNetworkAccessManager and sorts the JSON answer
// into an OAuthResponse. Never blocks; each callback is called exactly once, later.
// Nothing it sends or receives is logged: the forms and answers carry tokens.
class OAuthTokenClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const OAuthResponse &)>;

    explicit OAuthTokenClient(QObject *parent = nullptr);

    void post(const QUrl &endpoint, const QUrlQuery &form, Callback done);
    // Seconds before a request without an answer is abandoned (default 30).
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

private:
    OAuthResponse classify(QNetworkReply *reply, const QUrl &endpoint) const;

    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutSeconds = 30;
};
