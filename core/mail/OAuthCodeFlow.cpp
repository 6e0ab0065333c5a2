#include "OAuthCodeFlow.h"

#include "OAuthLoopbackReceiver.h"
#include "OAuthTokenClient.h"
#include "Pkce.h"

OAuthCodeFlow::OAuthCodeFlow(OAuthProvider provider, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_clock(std::move(clock))
    , m_receiver(new OAuthLoopbackReceiver(this))
    , m_client(new OAuthTokenClient(this))
{
    connect(m_receiver, &OAuthLoopbackReceiver::received, this, &OAuthCodeFlow::onRedirect);
}

QUrl OAuthCodeFlow::redirectUri() const
{
    return m_redirectUri;
}

Status OAuthCodeFlow::start()
{
    FACTURO_TRY(m_provider.validate());
    if (!m_provider.supportsBrowserSignIn())
        return Error::invalid(tr("This sign-in provider has no authorization endpoint: sign in with a code instead."));
    if (!m_receiver->listen())
        return Error::storage(tr("No local port could be opened to receive the sign-in."));
    m_redirectUri = m_receiver->redirectUri(); // kept: the port is gone once the listener closes
    m_verifier = Pkce::makeVerifier();
    m_state = Pkce::makeState();
    QUrlQuery query(m_provider.authorizeUrl);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    query.addQueryItem(QStringLiteral("scope"), m_provider.scope);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(m_verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (m_provider.kind == OAuthProvider::Kind::Google) {
        // Without these Google issues no refresh token to an installed application.
        query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
        query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    }
    m_authorizeUrl = m_provider.authorizeUrl;
    m_authorizeUrl.setQuery(query);
    m_running = true;
    emit authorizeUrlReady(m_authorizeUrl);
    return {};
}

void OAuthCodeFlow::cancel()
{
    m_running = false;
    m_receiver->close();
}

void OAuthCodeFlow::onRedirect(const QUrlQuery &query)
{
    if (!m_running)
        return;
    m_receiver->close();
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != QString::fromLatin1(m_state)) {
        fail(tr("The sign-in answer does not belong to this sign-in (state mismatch); nothing was saved."));
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(error == QLatin1String("access_denied")
                ? tr("The sign-in was cancelled or refused in the browser.")
                : tr("The sign-in failed in the browser (%1).")
                      .arg(description.isEmpty() ? error : error + QStringLiteral(": ") + description));
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    form.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    m_provider.addClientSecret(form);
    m_client->post(m_provider.tokenUrl, form, [this](const OAuthResponse &response) {
        if (!m_running)
            return;
        if (!response.ok()) {
            fail(response.message);
            return;
        }
        Result<OAuthTokens> tokens = OAuthTokens::fromTokenResponse(response.body, m_clock());
        if (!tokens) {
            fail(tokens.message());
            return;
        }
        if (tokens->refreshToken.isEmpty()) {
            fail(tr("The sign-in server issued no refresh token, so Facturo would have to ask again within the hour. "
                    "Check that the scope includes offline access."));
            return;
        }
        m_running = false;
        emit finished(true, tokens.value(), {});
    });
}

void OAuthCodeFlow::fail(const QString &message)
{
    m_running = false;
    emit finished(false, {}, message);
}
