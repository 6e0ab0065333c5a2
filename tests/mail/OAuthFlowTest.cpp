#include "MailTestSupport.h"
#include "MemoryTokenStore.h"
#include "OAuthAuthorizer.h"
#include "OAuthCodeFlow.h"
#include "OAuthDeviceFlow.h"
#include "OAuthTestServer.h"
#include "OAuthTokenClient.h"
#include "Pkce.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <optional>

namespace {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

struct FlowResult
{
    bool ok = false;
    OAuthTokens tokens;
    QString message;
};

// Runs the event loop until the flow's finished() (at most 20 s).
template<typename Flow>
std::optional<FlowResult> waitForFlow(Flow &flow)
{
    std::optional<FlowResult> result;
    QEventLoop loop;
    QObject::connect(&flow, &Flow::finished, &loop, [&](bool ok, const OAuthTokens &tokens, const QString &message) {
        result = FlowResult {ok, tokens, message};
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result;
}

// The browser: GET the authorization URL and follow the redirect to the loopback listener.
QNetworkReply *browse(QNetworkAccessManager &network, const QUrl &url, bool followRedirects = true)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy : QNetworkRequest::ManualRedirectPolicy);
    return network.get(request);
}

OAuthResponse postAndWait(const QUrl &endpoint, const QUrlQuery &form)
{
    OAuthTokenClient client;
    std::optional<OAuthResponse> response;
    QEventLoop loop;
    client.post(endpoint, form, [&](const OAuthResponse &r) {
        response = r;
        loop.quit();
    });
    if (!response)
        loop.exec();
    return *response;
}

OAuthAccess accessAndWait(OAuthAuthorizer &authorizer, bool force)
{
    std::optional<OAuthAccess> access;
    QEventLoop loop;
    authorizer.requestAccess(force, [&](const OAuthAccess &a) {
        access = a;
        loop.quit();
    });
    if (!access)
        loop.exec();
    return *access;
}

FlowResult deviceSignIn(OAuthTestServer &server, QString *userCode = nullptr, int *interval = nullptr)
{
    OAuthDeviceFlow flow(server.provider(), now);
    flow.setSecondLength(20); // the server's one-second interval lasts 20 ms here
    QObject::connect(&flow, &OAuthDeviceFlow::codeReady, [&](const QString &code, const QUrl &, const QUrl &, int) {
        if (userCode)
            *userCode = code;
    });
    const Status started = flow.start();
    REQUIRE(started.ok());
    auto result = waitForFlow(flow);
    REQUIRE(result.has_value());
    if (interval)
        *interval = flow.intervalSeconds();
    return *result;
}

} // namespace

TEST_CASE("the PKCE S256 challenge is BASE64URL(SHA256(verifier)), and verifiers are fresh")
{
    const QByteArray a = Pkce::makeVerifier();
    // The challenge as Python's hashlib and base64 compute it, not as the code under test does.
    QString error;
    const QByteArray expected = MailTest::run(MailTest::python(),
        {QStringLiteral("-c"),
            QStringLiteral("import base64, hashlib, sys; sys.stdout.write(base64.urlsafe_b64encode(hashlib.sha256("
                           "sys.argv[1].encode()).digest()).decode().rstrip('='))"),
            QString::fromLatin1(a)},
        &error);
    INFO(error.toStdString());
    CHECK(Pkce::challengeS256(a) == expected);
    CHECK(a.size() == 43);
    CHECK(a != Pkce::makeVerifier());
    for (char c : a)
        CHECK((std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'));
}

TEST_CASE("presets: Microsoft 365 and Google Workspace endpoints, scopes and mail servers")
{
    const OAuthProvider microsoft = OAuthProvider::preset(OAuthProvider::Kind::Microsoft, QStringLiteral("app-id"));
    CHECK(microsoft.scope == QStringLiteral("https://outlook.office.com/SMTP.Send offline_access"));
    CHECK(
        microsoft.tokenUrl.toString() == QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
    CHECK(microsoft.deviceUrl.toString()
        == QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/devicecode"));
    CHECK(microsoft.validate().ok());
    QString host;
    quint16 port = 0;
    SmtpSettings::Security security = SmtpSettings::Security::None;
    OAuthProvider::applySmtpDefaults(OAuthProvider::Kind::Microsoft, host, port, security);
    CHECK(host == QStringLiteral("smtp.office365.com"));
    CHECK(port == 587);
    CHECK(security == SmtpSettings::Security::StartTls);
    OAuthProvider::applySmtpDefaults(OAuthProvider::Kind::Google, host, port, security);
    CHECK(host == QStringLiteral("smtp.gmail.com"));
    CHECK(port == 465);
    CHECK(security == SmtpSettings::Security::ImplicitTls);
    CHECK(OAuthProvider::preset(OAuthProvider::Kind::Google).scope == QStringLiteral("https://mail.google.com/"));

    CHECK_FALSE(OAuthProvider::preset(OAuthProvider::Kind::Google).validate().ok()); // no client id
    OAuthProvider custom = OAuthProvider::preset(OAuthProvider::Kind::Custom, QStringLiteral("id"));
    custom.scope = QStringLiteral("smtp");
    custom.tokenUrl = QUrl(QStringLiteral("http://auth.example.com/token")); // clear text off this computer
    custom.deviceUrl = QUrl(QStringLiteral("https://auth.example.com/device"));
    CHECK_FALSE(custom.validate().ok());
    custom.tokenUrl = QUrl(QStringLiteral("https://auth.example.com/token"));
    CHECK(custom.validate().ok());
}

TEST_CASE("sign-in in the browser: code grant with PKCE through the loopback redirect")
{
    OAuthTestServer server;
    REQUIRE(server.isRunning());
    OAuthCodeFlow flow(server.provider(), now);
    QNetworkAccessManager browser;
    QNetworkReply *page = nullptr;
    QObject::connect(&flow, &OAuthCodeFlow::authorizeUrlReady, [&](const QUrl &url) {
        const QUrlQuery query(url);
        CHECK(query.queryItemValue(QStringLiteral("code_challenge_method")) == QStringLiteral("S256"));
        CHECK(query.queryItemValue(QStringLiteral("redirect_uri")).startsWith(QStringLiteral("http://127.0.0.1:")));
        page = browse(browser, url);
        QObject::connect(page, &QNetworkReply::finished, [page]() {
            UNSCOPED_INFO("browser: " << page->error() << " " << page->url().toString().toStdString() << " "
                                      << page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
    });
    REQUIRE(flow.start().ok());
    const auto result = waitForFlow(flow);
    REQUIRE(result.has_value());
    INFO(result->message.toStdString());
    REQUIRE(result->ok);
    CHECK(result->tokens.account == OAuthTestServer::account());
    CHECK(server.issuedTokens().contains(result->tokens.accessToken));
    CHECK(server.issuedTokens().contains(result->tokens.refreshToken));
    CHECK(result->tokens.expiresAt > now().addSecs(3500));
    CHECK(server.stats().value(QStringLiteral("code_grants")).toInt() == 1);
    REQUIRE(page != nullptr);
    if (!page->isFinished()) {
        QEventLoop loop;
        QObject::connect(page, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    CHECK(page->readAll().contains("Signed in"));
}

TEST_CASE("a code exchanged with the wrong PKCE verifier is refused")
{
    OAuthTestServer server;
    REQUIRE(server.isRunning());
    const OAuthProvider provider = server.provider();
    const QByteArray verifier = Pkce::makeVerifier();
    QUrl authorize = provider.authorizeUrl;
    QUrlQuery query;
    const QString redirect = QStringLiteral("http://127.0.0.1:9/");
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), provider.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    query.addQueryItem(QStringLiteral("scope"), provider.scope);
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challengeS256(verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query);
    QNetworkAccessManager browser;
    QNetworkReply *reply = browse(browser, authorize, false);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QUrl location(QString::fromLatin1(reply->rawHeader("Location")));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    REQUIRE_FALSE(code.isEmpty());

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("client_id"), provider.clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(Pkce::makeVerifier()));
    const OAuthResponse refused = postAndWait(provider.tokenUrl, form);
    CHECK(refused.kind == OAuthResponse::Kind::SignInRequired);
    CHECK(refused.error == QStringLiteral("invalid_grant"));
    CHECK(refused.message.contains(QStringLiteral("PKCE")));
    CHECK(server.stats().value(QStringLiteral("code_grants")).toInt() == 0);
    CHECK(server.issuedTokens().isEmpty());
}

TEST_CASE("sign-in with a code on another device: pending, then granted")
{
    OAuthTestServer server({QStringLiteral("--device-pending"), QStringLiteral("2")});
    REQUIRE(server.isRunning());
    QString userCode;
    const FlowResult result = deviceSignIn(server, &userCode);
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(userCode == QStringLiteral("WDJB-MJHT"));
    CHECK(result.tokens.account == OAuthTestServer::account());
    const QJsonObject stats = server.stats();
    CHECK(stats.value(QStringLiteral("device_polls")).toInt() == 3); // two pending answers, then the grant
    CHECK(stats.value(QStringLiteral("device_grants")).toInt() == 1);
}

TEST_CASE("device sign-in: slow_down widens the interval by five seconds")
{
    OAuthTestServer server({QStringLiteral("--device-outcome"), QStringLiteral("slow_down"),
        QStringLiteral("--device-pending"), QStringLiteral("1")});
    REQUIRE(server.isRunning());
    int interval = 0;
    const FlowResult result = deviceSignIn(server, nullptr, &interval);
    INFO(result.message.toStdString());
    REQUIRE(result.ok);
    CHECK(interval == 6);
    CHECK(server.stats().value(QStringLiteral("slow_down")).toInt() == 1);
}

TEST_CASE("device sign-in: a refusal or an expired code ends it with a clear message")
{
    SECTION("denied")
    {
        OAuthTestServer server({QStringLiteral("--device-outcome"), QStringLiteral("deny")});
        REQUIRE(server.isRunning());
        const FlowResult result = deviceSignIn(server);
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(QStringLiteral("refused")));
        CHECK(server.issuedTokens().isEmpty());
    }
    SECTION("expired")
    {
        OAuthTestServer server({QStringLiteral("--device-outcome"), QStringLiteral("expire")});
        REQUIRE(server.isRunning());
        const FlowResult result = deviceSignIn(server);
        CHECK_FALSE(result.ok);
        CHECK(result.message.contains(QStringLiteral("not entered in time")));
    }
}

TEST_CASE("tokens are refreshed before they expire, the rotated refresh token replaces the old one")
{
    OAuthTestServer server;
    REQUIRE(server.isRunning());
    const FlowResult signIn = deviceSignIn(server);
    REQUIRE(signIn.ok);
    MemoryTokenStore store;
    QDateTime clock = now();
    OAuthAuthorizer authorizer(server.provider(), store, QStringLiteral("key"), [&clock]() { return clock; });
    REQUIRE(authorizer.saveSignIn(signIn.tokens).ok());

    OAuthAccess access = accessAndWait(authorizer, false); // an hour to live: no refresh
    REQUIRE(access.ok);
    CHECK(access.accessToken == signIn.tokens.accessToken);
    CHECK(server.stats().value(QStringLiteral("refresh_grants")).toInt() == 0);

    clock = clock.addSecs(3600 - 60); // within the five-minute margin
    access = accessAndWait(authorizer, false);
    INFO(access.message.toStdString());
    REQUIRE(access.ok);
    CHECK(access.accessToken != signIn.tokens.accessToken);
    CHECK(server.stats().value(QStringLiteral("refresh_grants")).toInt() == 1);
    const OAuthTokens saved = store.load(QStringLiteral("key")).value();
    CHECK(saved.accessToken == access.accessToken);
    CHECK(saved.refreshToken != signIn.tokens.refreshToken);
    CHECK(saved.account == OAuthTestServer::account());

    // The old refresh token is dead at the server: rotation happened there too.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), signIn.tokens.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), OAuthTestServer::clientId());
    CHECK(postAndWait(server.provider().tokenUrl, form).kind == OAuthResponse::Kind::SignInRequired);

    // Forced (the mail server refused the token): refreshed although it has time left.
    access = accessAndWait(authorizer, true);
    REQUIRE(access.ok);
    CHECK(server.stats().value(QStringLiteral("refresh_grants")).toInt() == 2);
}

TEST_CASE("revoked consent asks for a new sign-in; sign out forgets the tokens and revokes them")
{
    OAuthTestServer server;
    REQUIRE(server.isRunning());
    MemoryTokenStore store;
    OAuthAuthorizer authorizer(server.provider(), store, QStringLiteral("key"), now);
    CHECK_FALSE(authorizer.isSignedIn());
    OAuthAccess access = accessAndWait(authorizer, false);
    CHECK_FALSE(access.ok);
    CHECK(access.signInRequired);

    FlowResult signIn = deviceSignIn(server);
    REQUIRE(signIn.ok);
    REQUIRE(authorizer.saveSignIn(signIn.tokens).ok());
    CHECK(authorizer.account() == OAuthTestServer::account());
    REQUIRE(server.admin(QStringLiteral("revoke-all")));
    QString announced;
    QObject::connect(&authorizer, &OAuthAuthorizer::signInRequired, [&](const QString &m) { announced = m; });
    access = accessAndWait(authorizer, true);
    CHECK_FALSE(access.ok);
    CHECK(access.signInRequired);
    CHECK(access.message.contains(QStringLiteral("Sign in again to billing@facturo.test")));
    CHECK(announced == access.message);

    signIn = deviceSignIn(server);
    REQUIRE(signIn.ok);
    REQUIRE(authorizer.saveSignIn(signIn.tokens).ok());
    REQUIRE(authorizer.signOut().ok());
    CHECK_FALSE(authorizer.isSignedIn());
    CHECK_FALSE(store.load(QStringLiteral("key")).ok());
    // The revocation request goes out in the background; wait for the server to count it.
    for (int i = 0; i < 100 && server.stats().value(QStringLiteral("revocations")).toInt() == 0; ++i) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    CHECK(server.stats().value(QStringLiteral("revocations")).toInt() == 1);
}
