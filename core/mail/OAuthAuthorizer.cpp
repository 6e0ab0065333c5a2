#include "OAuthAuthorizer.h"

#include "OAuthTokenClient.h"

#include <QUrlQuery>

using Kind = OAuthResponse::Kind;

OAuthAuthorizer::OAuthAuthorizer(
    OAuthProvider provider, OAuthTokenStore &store, QString key, std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_store(store)
    , m_key(std::move(key))
    , m_clock(std::move(clock))
    , m_client(new OAuthTokenClient(this))
{ }

void OAuthAuthorizer::load()
{
    if (m_loaded)
        return;
    Result<OAuthTokens> stored = m_store.load(m_key);
    if (stored && !stored->refreshToken.isEmpty())
        m_tokens = stored.value();
    else
        m_tokens.reset();
    // A store that cannot answer now (locked keychain) is asked again next time.
    m_loaded = stored.ok() || stored.error().kind() == ErrorKind::NotFound;
}

bool OAuthAuthorizer::isSignedIn()
{
    load();
    return m_tokens.has_value();
}

QString OAuthAuthorizer::account()
{
    load();
    return m_tokens ? m_tokens->account : QString();
}

Status OAuthAuthorizer::saveSignIn(const OAuthTokens &tokens)
{
    m_tokens = tokens;
    m_loaded = true;
    return m_store.save(m_key, tokens);
}

Status OAuthAuthorizer::signOut(std::function<void()> revoked)
{
    load();
    if (m_tokens && !m_provider.revokeUrl.isEmpty() && !m_tokens->refreshToken.isEmpty()) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), m_tokens->refreshToken);
        form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
        // No client_secret: Google's revocation endpoint (the only preset that has one) takes
        // no client authentication, and the token alone identifies the grant.
        m_client->post(m_provider.revokeUrl, form, [revoked](const OAuthResponse &) {
            if (revoked)
                revoked();
        });
    } else if (revoked) {
        revoked();
    }
    m_tokens.reset();
    m_loaded = true;
    return m_store.remove(m_key);
}

QString OAuthAuthorizer::signInAgain(const QString &why) const
{
    const QString who
        = m_tokens && !m_tokens->account.isEmpty() ? m_tokens->account : OAuthProvider::displayName(m_provider.kind);
    return tr("Sign in again to %1 (Settings > Mail server, or facturo-cli mail sign-in): %2 Queued mail waits "
              "until then.")
        .arg(who, why);
}

OAuthAccess OAuthAuthorizer::accessFromTokens() const
{
    OAuthAccess access;
    access.ok = true;
    access.accessToken = m_tokens->accessToken;
    access.account = m_tokens->account;
    return access;
}

void OAuthAuthorizer::requestAccess(bool forceRefresh, Callback done)
{
    load();
    if (!m_tokens) {
        OAuthAccess access;
        access.signInRequired = true;
        access.message = tr("Not signed in to %1: sign in in Settings > Mail server (or facturo-cli mail sign-in). "
                            "Queued mail waits until then.")
                             .arg(OAuthProvider::displayName(m_provider.kind));
        done(access);
        return;
    }
    if (!forceRefresh && !m_refreshing && !m_tokens->needsRefresh(m_clock(), m_marginSeconds)) {
        done(accessFromTokens());
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_refreshing)
        refresh();
}

void OAuthAuthorizer::refresh()
{
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_tokens->refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_provider.clientId);
    form.addQueryItem(QStringLiteral("scope"), m_provider.scope);
    m_provider.addClientSecret(form);
    m_client->post(m_provider.tokenUrl, form, [this](const OAuthResponse &response) {
        m_refreshing = false;
        OAuthAccess access;
        if (!m_tokens) { // signed out meanwhile
            access.signInRequired = true;
            access.message = signInAgain(tr("the sign-in was removed."));
            answer(access);
            return;
        }
        switch (response.kind) {
        case Kind::Ok: {
            Result<OAuthTokens> fresh = OAuthTokens::fromTokenResponse(response.body, m_clock(), *m_tokens);
            if (!fresh) {
                access.message = fresh.message();
                break;
            }
            // One write: the new access token and, when the server rotated it, the new refresh token.
            m_tokens = fresh.value();
            const Status saved = m_store.save(m_key, *m_tokens);
            access = accessFromTokens();
            if (!saved)
                access.message = saved.message(); // usable for this run; said once
            break;
        }
        case Kind::SignInRequired:
            access.grantRefused = true;
            [[fallthrough]];
        case Kind::Refused:
            access.signInRequired = true;
            access.message = signInAgain(response.message);
            break;
        case Kind::Network:
        case Kind::Pending:
        case Kind::SlowDown:
        case Kind::Expired:
        case Kind::Denied:
            access.message = response.message;
            break;
        }
        if (access.signInRequired)
            emit signInRequired(access.message);
        answer(access);
    });
}

void OAuthAuthorizer::answer(const OAuthAccess &access)
{
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback &callback : waiting)
        callback(access);
}
