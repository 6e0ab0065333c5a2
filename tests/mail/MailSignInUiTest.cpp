#include "MailSession.h"
#include "MailSettingsWidget.h"
#include "MailSignInWidget.h"
#include "OAuthTestServer.h"
#include "OutboxTestSupport.h"
#include "OutboxWidget.h"
#include "SmtpTestServer.h"
#include "TestCertificate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using OutboxTest::Fixture;

namespace {
template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(widget != nullptr);
    return widget;
}

void choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // as a click on the item does
}
} // namespace

TEST_CASE("Settings > Mail server: presets fill the server; Other (OAuth 2.0) signs in through the browser or with a "
          "code, sends, asks to sign in again when consent is revoked, and signs out")
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/facturo-test-bus"); // no keychain: memory only
    TestCertificate certificate;
    REQUIRE(certificate.isValid());
    // A client that must send its (non-confidential) client secret, as Google's desktop clients do.
    const QString clientSecret = QStringLiteral("GOCSPX-desktop-client-secret");
    OAuthTestServer auth({QStringLiteral("--device-pending"), QStringLiteral("1"), QStringLiteral("--client-secret"),
        clientSecret});
    REQUIRE(auth.isRunning());
    SmtpTestServer smtp(certificate.serverArguments(QStringLiteral("starttls")) + auth.smtpArguments());
    REQUIRE(smtp.isRunning());
    Fixture f;
    MailSession mail(f.t.ledger());
    REQUIRE(mail.start().ok());
    MailSettingsWidget form(mail);
    MailSignInWidget *signIn = form.signIn();
    auto *mode = child<QComboBox>(form, "mailAuth");

    choose(mode, static_cast<int>(OAuthProvider::Kind::Microsoft));
    CHECK(child<QLineEdit>(form, "mailHost")->text() == QStringLiteral("smtp.office365.com"));
    CHECK(child<QSpinBox>(form, "mailPort")->value() == 587);
    CHECK(child<QComboBox>(form, "mailSecurity")->currentData().toInt()
        == static_cast<int>(SmtpSettings::Security::StartTls));
    CHECK(child<QLineEdit>(form, "mailPassword")->isHidden());
    CHECK(child<QLineEdit>(form, "mailTokenUrl")->isHidden()); // the preset has its endpoints
    CHECK(child<QLineEdit>(form, "mailClientSecret")->isHidden()); // Microsoft gives public clients none
    choose(mode, static_cast<int>(OAuthProvider::Kind::Google));
    CHECK(child<QLineEdit>(form, "mailHost")->text() == QStringLiteral("smtp.gmail.com"));
    CHECK(child<QSpinBox>(form, "mailPort")->value() == 465);
    CHECK_FALSE(child<QLineEdit>(form, "mailClientSecret")->isHidden());

    choose(mode, static_cast<int>(OAuthProvider::Kind::Custom));
    CHECK_FALSE(child<QLineEdit>(form, "mailTokenUrl")->isHidden());
    const OAuthProvider provider = auth.provider();
    CHECK_FALSE(child<QLineEdit>(form, "mailClientSecret")->isHidden());
    child<QLineEdit>(form, "mailClientId")->setText(provider.clientId);
    child<QLineEdit>(form, "mailClientSecret")->setText(provider.clientSecret);
    child<QLineEdit>(form, "mailAuthorizeUrl")->setText(provider.authorizeUrl.toString());
    child<QLineEdit>(form, "mailTokenUrl")->setText(provider.tokenUrl.toString());
    child<QLineEdit>(form, "mailDeviceUrl")->setText(provider.deviceUrl.toString());
    child<QLineEdit>(form, "mailScope")->setText(provider.scope);
    child<QLineEdit>(form, "mailHost")->setText(QStringLiteral("127.0.0.1"));
    auto *security = child<QComboBox>(form, "mailSecurity");
    security->setCurrentIndex(security->findData(static_cast<int>(SmtpSettings::Security::StartTls)));
    child<QSpinBox>(form, "mailPort")->setValue(smtp.port());
    child<QLineEdit>(form, "mailFingerprint")->setText(certificate.fingerprintSha256());
    child<QLineEdit>(form, "mailFromAddress")->setText(OAuthTestServer::account());

    // "Sign in…": the test is the browser, it follows the redirect to the loopback listener.
    QNetworkAccessManager browser;
    signIn->setBrowser([&browser](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QSignalSpy signedIn(signIn, &MailSignInWidget::signedIn);
    QTest::mouseClick(child<QPushButton>(form, "mailSignIn"), Qt::LeftButton);
    REQUIRE(signedIn.wait(20000));
    CHECK(child<QLabel>(form, "mailAccount")->text() == OAuthTestServer::account());
    CHECK(child<QLabel>(form, "mailSignInMessage")->text().contains(QStringLiteral("in memory"))); // no keychain
    const MailSettings saved = f.settings();
    CHECK(saved.oauth);
    CHECK(saved.oauthProvider.kind == OAuthProvider::Kind::Custom);
    CHECK(saved.oauthProvider.tokenUrl == provider.tokenUrl);
    CHECK(saved.oauthProvider.clientSecret == clientSecret);
    CHECK(auth.stats().value(QStringLiteral("code_grants")).toInt() == 1);

    // A queued invoice goes out with the sign-in.
    OutboxWidget outbox(mail);
    CHECK(child<QLabel>(outbox, "outboxServer")->text().contains(QStringLiteral("as billing@facturo.test")));
    QSignalSpy changed(&mail, &MailSession::outboxChanged);
    REQUIRE(f.queueInvoice(f.postInvoice()).ok());
    mail.wake();
    for (int i = 0; i < 50 && smtp.messages().isEmpty(); ++i)
        changed.wait(200);
    CHECK(smtp.messages().size() == 1);

    // Consent withdrawn: the next invoice waits, the outbox says to sign in again.
    REQUIRE(auth.admin(QStringLiteral("revoke-all")));
    QSignalSpy required(&mail, &MailSession::signInRequired);
    const auto waiting = f.queueInvoice(f.postInvoice(QStringLiteral("200")));
    REQUIRE(waiting.ok());
    mail.wake();
    REQUIRE((!required.isEmpty() || required.wait(20000)));
    CHECK(mail.isWaitingForSignIn());
    CHECK(child<QLabel>(outbox, "outboxMessage")
              ->text()
              .contains(QStringLiteral("Sign in again to billing@facturo.test")));
    CHECK(f.message(waiting.value()).status == OutboxStatus::Queued);
    CHECK(smtp.messages().size() == 1);

    // "Sign in with a code…": the code shows; once granted, the waiting invoice goes out.
    signIn->setDeviceSecondLength(20);
    QTest::mouseClick(child<QPushButton>(form, "mailSignInWithCode"), Qt::LeftButton);
    REQUIRE(signedIn.wait(20000));
    CHECK(auth.stats().value(QStringLiteral("device_grants")).toInt() == 1);
    CHECK(auth.stats().value(QStringLiteral("client_refused")).toInt() == 0);
    CHECK_FALSE(mail.isWaitingForSignIn());
    CHECK(child<QLabel>(outbox, "outboxMessage")->text().isEmpty());
    for (int i = 0; i < 50 && smtp.messages().size() < 2; ++i)
        changed.wait(200);
    CHECK(smtp.messages().size() == 2);
    CHECK(f.message(waiting.value()).status == OutboxStatus::Sent);

    QTest::mouseClick(child<QPushButton>(form, "mailSignOut"), Qt::LeftButton);
    CHECK(child<QLabel>(form, "mailAccount")->text() == QStringLiteral("Not signed in"));
    CHECK_FALSE(child<QPushButton>(form, "mailSignOut")->isEnabled());
    for (const QString &token : auth.issuedTokens())
        CHECK_FALSE(f.dump().contains(token));
    mail.stop();
}
