#pragma once

#include "MailSettings.h"
#include "OAuthTokens.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class MailSession;
class OAuthCodeFlow;
class OAuthDeviceFlow;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// How Facturo signs in to the mail server, in Settings > Mail server: a password (any server),
// or OAuth 2.0 with Microsoft 365, Google Workspace or another provider ("Other (OAuth 2.0)":
// endpoints, client id and scope typed in). "Sign in…" opens the system browser (code grant
// with PKCE, loopback redirect); "Sign in with a code…" shows a code to type on another device
// (device grant). The account shows once signed in; "Sign out" forgets the tokens.
// objectNames: mailAuth, mailClientId, mailAuthorizeUrl, mailTokenUrl, mailDeviceUrl, mailScope,
// mailSignIn, mailSignInWithCode, mailSignOut, mailAccount, mailSignInMessage.
class MailSignInWidget : public QWidget
{
    Q_OBJECT
public:
    // saveFirst saves the form and returns the saved settings (none: it said why).
    MailSignInWidget(
        MailSession &mail, std::function<std::optional<MailSettings>()> saveFirst, QWidget *parent = nullptr);

    void setFrom(const MailSettings &settings);
    void applyTo(MailSettings &settings) const;
    bool usesOAuth() const;
    QString account() const;
    QString message() const;

    // Where "Sign in…" sends the authorization URL (default: QDesktopServices::openUrl).
    void setBrowser(std::function<void(const QUrl &)> open) { m_browser = std::move(open); }
    // Milliseconds a second of the device grant's polling lasts (tests shorten it).
    void setDeviceSecondLength(int milliseconds) { m_secondLength = milliseconds; }

    void signInWithBrowser();
    void signInWithCode();
    void signOut();

signals:
    // A preset was chosen: its mail server (host, port, security) should be filled in.
    void providerChosen(OAuthProvider::Kind kind);
    void modeChanged(bool oauth);
    void signedIn(const QString &account);

private:
    void updateVisibility();
    void showAccount(const MailSettings &settings);
    void finishSignIn(const MailSettings &settings, bool ok, const OAuthTokens &tokens, const QString &message);
    void say(const QString &text, bool problem);

    MailSession &m_mail;
    std::function<std::optional<MailSettings>()> m_saveFirst;
    std::function<void(const QUrl &)> m_browser;
    int m_secondLength = 1000;
    QFormLayout *m_form = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_authorizeUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_deviceUrl = nullptr;
    QLineEdit *m_scope = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signInCode = nullptr;
    QPushButton *m_signOut = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_message = nullptr;
    QPointer<OAuthCodeFlow> m_codeFlow;
    QPointer<OAuthDeviceFlow> m_deviceFlow;
};
