#include "OAuthTokenClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using Kind = OAuthResponse::Kind;

OAuthTokenClient::OAuthTokenClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void OAuthTokenClient::post(const QUrl &endpoint, const QUrlQuery &form, Callback done)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    // Tokens never follow a redirect to another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, endpoint, done = std::move(done)]() {
        reply->deleteLater();
        done(classify(reply, endpoint));
    });
}

OAuthResponse OAuthTokenClient::classify(QNetworkReply *reply, const QUrl &endpoint) const
{
    OAuthResponse response;
    const QString host = endpoint.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (status == 0) {
        response.kind = Kind::Network;
        response.message = tr("The sign-in server %1 could not be reached: %2.").arg(host, reply->errorString());
        return response;
    }
    if (status >= 200 && status < 300) {
        if (!document.isObject() && !data.trimmed().isEmpty()) {
            response.kind = Kind::Network;
            response.message = tr("The sign-in server %1 sent an answer that is not JSON.").arg(host);
            return response;
        }
        response.kind = Kind::Ok;
        response.body = document.object();
        return response;
    }
    const QJsonObject body = document.object();
    response.body = body;
    response.error = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString().simplified();
    if (response.error.isEmpty()) {
        response.kind = Kind::Network;
        response.message = tr("The sign-in server %1 answered HTTP %2. Try again later.").arg(host).arg(status);
        return response;
    }
    const QString detail = description.isEmpty() ? response.error : response.error + QStringLiteral(": ") + description;
    if (response.error == QLatin1String("invalid_grant")) {
        response.kind = Kind::SignInRequired;
        response.message = tr("The sign-in is no longer valid (%1): sign in again.").arg(detail);
    } else if (response.error == QLatin1String("authorization_pending")) {
        response.kind = Kind::Pending;
    } else if (response.error == QLatin1String("slow_down")) {
        response.kind = Kind::SlowDown;
    } else if (response.error == QLatin1String("expired_token")) {
        response.kind = Kind::Expired;
        response.message = tr("The code was not entered in time: start the sign-in again.");
    } else if (response.error == QLatin1String("access_denied")) {
        response.kind = Kind::Denied;
        response.message = tr("The sign-in was refused on the other device (access denied).");
    } else if (response.error == QLatin1String("invalid_client")
        || response.error == QLatin1String("unauthorized_client")) {
        response.kind = Kind::Refused;
        response.message = tr("The provider refused this client: %1 (%2). Check the client id "
                              "and, if the provider gave one, the client secret in the mail settings.")
                               .arg(description.isEmpty() ? response.error : description, response.error);
    } else if (status >= 500 || response.error == QLatin1String("temporarily_unavailable")) {
        response.kind = Kind::Network;
        response.message = tr("The sign-in server %1 is unavailable (%2). Try again later.").arg(host, detail);
    } else {
        response.kind = Kind::Refused;
        response.message = tr("The sign-in server %1 refused the request (%2). Check the client id, the scope and "
                              "the endpoints in the mail settings.")
                               .arg(host, detail);
    }
    return response;
}
