#include "MemoryTokenStore.h"
#include "OAuthAuthorizer.h"
#include "OAuthCodeFlow.h"
#include "OAuthDeviceFlow.h"
#include "OAuthTestServer.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <catch2/catch.hpp>

#include <optional>

// A client registered as needing a client secret at the token endpoint (Google's desktop and
// device clients): with it every grant works, without it the server answers invalid_client
// (HTTP 401) and the sign-in ends with the server's reason, nothing granted.

namespace {

const QString Secret = QStringLiteral("GOCSPX-test-desktop-secret");

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

struct Outcome
{
    bool ok = false;
    OAuthTokens tokens;
    QString message;
};

template<typename Flow>
Outcome finish(Flow &flow)
{
    std::optional<Outcome> result;
    QEventLoop loop;
    QObject::connect(&flow, &Flow::finished, &loop, [&](bool ok, const OAuthTokens &tokens, const QString &message) {
        result = Outcome {ok, tokens, message};
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    REQUIRE(flow.start().ok());
    if (!result)
        loop.exec();
    REQUIRE(result.has_value());
    return *result;
}

Outcome browserSignIn(const OAuthProvider &provider)
{
    OAuthCodeFlow flow(provider, now);
    QNetworkAccessManager browser;
    QObject::connect(&flow, &OAuthCodeFlow::authorizeUrlReady, [&browser](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    return finish(flow);
}

Outcome deviceSignIn(const OAuthProvider &provider)
{
    OAuthDeviceFlow flow(provider, now);
    flow.setSecondLength(20);
    return finish(flow);
}

OAuthAccess refreshNow(OAuthAuthorizer &authorizer)
{
    std::optional<OAuthAccess> access;
    QEventLoop loop;
    authorizer.requestAccess(true, [&](const OAuthAccess &a) {
        access = a;
        loop.quit();
    });
    if (!access)
        loop.exec();
    return *access;
}

void checkRefusedClient(const Outcome &outcome)
{
    INFO(outcome.message.toStdString());
    CHECK_FALSE(outcome.ok);
    CHECK(outcome.tokens.refreshToken.isEmpty());
    CHECK(outcome.message.contains(QStringLiteral("The provider refused this client: client_secret is missing.")));
    CHECK(outcome.message.contains(QStringLiteral("invalid_client")));
    CHECK_FALSE(outcome.message.contains(QStringLiteral("{"))); // the JSON is decoded, not shown
}
} // namespace

TEST_CASE("client secret: with it the code exchange, the device grant and the refresh work")
{
    OAuthTestServer server(
        {QStringLiteral("--device-pending"), QStringLiteral("1"), QStringLiteral("--client-secret"), Secret});
    REQUIRE(server.isRunning());
    const OAuthProvider provider = server.provider();
    REQUIRE(provider.clientSecret == Secret);
    REQUIRE(provider.validate().ok());

    const Outcome browser = browserSignIn(provider);
    INFO(browser.message.toStdString());
    REQUIRE(browser.ok);
    CHECK(browser.tokens.account == OAuthTestServer::account());
    const Outcome device = deviceSignIn(provider);
    INFO(device.message.toStdString());
    REQUIRE(device.ok);

    MemoryTokenStore store;
    OAuthAuthorizer authorizer(provider, store, QStringLiteral("key"), now);
    REQUIRE(authorizer.saveSignIn(device.tokens).ok());
    const OAuthAccess refreshed = refreshNow(authorizer);
    INFO(refreshed.message.toStdString());
    REQUIRE(refreshed.ok);
    CHECK(refreshed.accessToken != device.tokens.accessToken);
    CHECK(store.load(QStringLiteral("key"))->refreshToken != device.tokens.refreshToken); // rotated and kept

    const QJsonObject stats = server.stats();
    CHECK(stats.value(QStringLiteral("code_grants")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("device_grants")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("refresh_grants")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("client_refused")).toInt() == 0);
}

TEST_CASE("client secret: without it the provider refuses the client, readably, and nothing is granted or kept")
{
    OAuthTestServer server(
        {QStringLiteral("--device-pending"), QStringLiteral("0"), QStringLiteral("--client-secret"), Secret});
    REQUIRE(server.isRunning());
    OAuthProvider provider = server.provider();
    provider.clientSecret.clear();

    checkRefusedClient(browserSignIn(provider));
    checkRefusedClient(deviceSignIn(provider));
    CHECK(server.issuedTokens().isEmpty());

    // A refresh without the secret keeps nothing new and asks for the settings to be fixed.
    OAuthProvider withSecret = server.provider();
    const Outcome granted = deviceSignIn(withSecret);
    REQUIRE(granted.ok);
    MemoryTokenStore store;
    OAuthAuthorizer authorizer(provider, store, QStringLiteral("key"), now);
    REQUIRE(authorizer.saveSignIn(granted.tokens).ok());
    const OAuthAccess refused = refreshNow(authorizer);
    CHECK_FALSE(refused.ok);
    CHECK(refused.message.contains(QStringLiteral("The provider refused this client")));
    CHECK(store.load(QStringLiteral("key"))->refreshToken == granted.tokens.refreshToken);
    const QJsonObject stats = server.stats();
    CHECK(stats.value(QStringLiteral("client_refused")).toInt() == 3);
    CHECK(stats.value(QStringLiteral("code_grants")).toInt() == 0);
    CHECK(stats.value(QStringLiteral("refresh_grants")).toInt() == 0);

    // A secret with a space cannot be saved.
    withSecret.clientSecret = QStringLiteral("two words");
    CHECK_FALSE(withSecret.validate().ok());
}
