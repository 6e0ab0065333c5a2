#pragma once

#include "KeychainTokenStore.h"
#include "Ledger.h"
#include "MailCredentials.h"
#include "MailSettings.h"
#include "OutboxSender.h"
#include "OutboxService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class OAuthAuthorizer;
class QWidget;

// The mail side of one open company (a file or on a server) in the window: its outbox, the sender
// working through it in the background, and the SMTP password of this run of the program (from
// the keychain, or asked once when no keychain runs; never written anywhere).
//
// One sender works on a company at a time (OutboxSendLock): when another window or facturo-cli,
// here or on another computer, is sending, start() says so, and the session tries again quietly
// every takeOverInterval (and on every wake()), so it takes over when that one closes or dies.
//
//   auto *mail = new MailSession(session.ledger(), mainWindow, mainWindow);
//   mail->start();                        // after the company file is open and signed in
//   new OutboxWidget(*mail, page);        // the Outbox page
//   SendDocumentDialog dialog(session.ledger(), invoiceId, window);
//   if (dialog.exec() == QDialog::Accepted) mail->wake();
class MailSession : public QObject
{
    Q_OBJECT
public:
    // Asked when the password is needed and the keychain has none; empty: cancelled.
    using PasswordPrompt = std::function<QString(const MailSettings &settings, const QString &why)>;

    MailSession(Ledger &ledger, QWidget *dialogParent = nullptr, QObject *parent = nullptr);
    ~MailSession() override;

    Ledger &ledger() { return m_ledger; }
    OutboxService &outbox() { return m_outbox; }
    OutboxSender &sender() { return m_sender; }

    // Starts the sender (recovering interrupted messages). Without a mail server the outbox
    // simply waits; the password is asked for only when there is mail to send.
    Status start();
    // After queueing, resending or changing the mail settings: reads the settings again and
    // sends what is due.
    void wake();
    void stop();
    // How often a session whose sender could not start (another one holds the lock, its own
    // server session was lost) tries again (default 30 s).
    void setTakeOverInterval(int milliseconds) { m_takeOver.setInterval(milliseconds); }

    void setPassword(const MailSettings &settings, const QString &password);
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }
    // The window the password prompt opens over.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    bool isStarted() const { return m_sender.isRunning(); }

    // Sends a short test message with the saved settings, outside the outbox, to `to` (the
    // sender's own address when empty); `done` gets whether the server took it and what it said.
    using TestDone = std::function<void(bool sent, const QString &message)>;
    void sendTest(const QString &to, TestDone done);
    // The saved settings in one line for the Outbox: where mail goes, or that it waits.
    QString serverSummary();

    // OAuth sign-in of the saved settings (nullptr when they use a password). Tokens go to the
    // keychain, or stay in memory for this run where none runs.
    OAuthAuthorizer *authorizer(const MailSettings &settings);
    // After a sign-in: keeps the tokens and sends the mail that waited for it. The message says
    // where the tokens are kept when not in the keychain (empty otherwise).
    QString saveSignIn(const MailSettings &settings, const OAuthTokens &tokens);
    Status signOut(const MailSettings &settings);
    QString signedInAccount(const MailSettings &settings);
    bool isWaitingForSignIn() const { return m_sender.isWaitingForSignIn(); }
    QString signInMessage() const { return m_signInMessage; }

signals:
    // A message changed state (queued, sent, failed, ...): views reload.
    void outboxChanged();
    void problem(const QString &message);
    // Queued mail waits until the user signs in again (the Outbox and the dashboard say so);
    // an empty message: signed in again.
    void signInRequired(const QString &message);

private:
    bool applySettings();
    QString passwordFor(const MailSettings &settings);
    void tryTakeOver();

    Ledger &m_ledger;
    QPointer<QWidget> m_dialogParent;
    OutboxService m_outbox;
    OutboxSender m_sender;
    QHash<QString, QString> m_passwords; // MailCredentials::keyFor -> password, for this run only
    PasswordPrompt m_prompt;
    KeychainTokenStore m_tokens {MailCredentials::serviceName()};
    std::unique_ptr<OAuthAuthorizer> m_authorizer;
    QString m_signInMessage;
    bool m_wanted = false; // between start() or wake() and stop(): the sender should run
    bool m_quiet = false; // a take-over attempt: no prompt, no problem reported
    QTimer m_takeOver;
};
