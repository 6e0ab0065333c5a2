#include "OAuthDeviceFlow.h"

#include "OAuthTokenClient.h"

#include <QUrlQuery>

#include <algorithm>

using Kind = OAuthResponse::Kind;

OAuthDeviceFlow::OAuthDeviceFlow(OAuthProvider provider, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_clock(std::move(clock))
    , m_client(new OAuthTokenClient(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OAuthDeviceFlow::poll);
}

Status OAuthDeviceFlow::start()
{
    FACTURO_TRY(m_provider.validate());
    if (!m_provider.supportsDeviceSignIn())
        return Error::invalid(tr("This sign-in provider has no device authorization endpoint: sign in in the "
                                 "browser instead."));
    m_running = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_provider.scope);
    m_client->post(m_provider.deviceUrl, form, [this](const OAuthResponse &response) {
        if (!m_running)
            return;
        if (!response.ok()) {
            fail(response.message.isEmpty()
                    ? tr("The sign-in server refused to start a sign-in with a code (%1).").arg(response.error)
                    : response.message);
            return;
        }
        onDeviceCode(response.body);
    });
    return {};
}

void OAuthDeviceFlow::cancel()
{
    m_running = false;
    m_timer.stop();
}

void OAuthDeviceFlow::onDeviceCode(const QJsonObject &body)
{
    m_deviceCode = body.value(QStringLiteral("device_code")).toString();
    const QString userCode = body.value(QStringLiteral("user_code")).toString();
    // Google names it verification_url, RFC 8628 verification_uri.
    QUrl uri(body.value(QStringLiteral("verification_uri")).toString());
    if (uri.isEmpty())
        uri = QUrl(body.value(QStringLiteral("verification_url")).toString());
    const QUrl complete(body.value(QStringLiteral("verification_uri_complete")).toString());
    if (m_deviceCode.isEmpty() || userCode.isEmpty() || !uri.isValid() || uri.isEmpty()) {
        fail(tr("The sign-in server's answer lacks the device code, the user code or the address to visit."));
        return;
    }
    const QJsonValue interval = body.value(QStringLiteral("interval"));
    m_interval = interval.isUndefined() ? 5 : qBound(0, interval.toInt(5), 300);
    m_expiresIn = std::clamp<qint64>(body.value(QStringLiteral("expires_in")).toInteger(900), 1, 86400);
    m_elapsed.start();
    emit codeReady(userCode, uri, complete, static_cast<int>(m_expiresIn));
    if (m_running)
        m_timer.start(m_interval * m_secondMs);
}

void OAuthDeviceFlow::poll()
{
    if (!m_running)
        return;
    if (m_elapsed.elapsed() > m_expiresIn * m_secondMs) {
        fail(tr("The code was not entered in time: start the sign-in again."));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
    form.addQueryItem(QStringLiteral("device_code"), m_deviceCode);
    form.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    m_provider.addClientSecret(form);
    m_client->post(m_provider.tokenUrl, form, [this](const OAuthResponse &response) {
        if (!m_running)
            return;
        switch (response.kind) {
        case Kind::Ok: {
            Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(response.body, m_clock());
            if (!tokens) {
                fail(tokens.message());
                return;
            }
            m_running = false;
            emit finished(true, tokens.value(), {});
            return;
        }
        case Kind::Pending:
            break;
        case Kind::SlowDown:
            m_interval += 5; // RFC 8628 section 3.5
            break;
        case Kind::Network:
            // RFC 8628 section 3.5: on a connection timeout back off and keep polling.
            m_interval = qMin(m_interval * 2 + 1, 60);
            break;
        case Kind::Expired:
        case Kind::Denied:
        case Kind::SignInRequired:
        case Kind::Refused:
            fail(response.message);
            return;
        }
        m_timer.start(m_interval * m_secondMs);
    });
}

void OAuthDeviceFlow::fail(const QString &message)
{
    m_running = false;
    m_timer.stop();
    emit finished(false, {}, message);
}
