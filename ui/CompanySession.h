#pragma once

#include "Clock.h"
#include "Ledger.h"

#include <QObject>

#include <memory>

class BackgroundReader;
class BackupScheduler;
class MailSession;
class ServerChangeListener;

// One open company file as the window sees it: the ledger with its services, the signed-in
// user, and a signal that tells every page the file changed (the database stays the truth;
// pages reload from it).
class CompanySession : public QObject
{
    Q_OBJECT
public:
    // Opens a company file; isSetUp() then tells whether it still needs the setup wizard.
    static Result<std::unique_ptr<CompanySession>> open(const QString &path, bool createIfMissing = false);
    // Works on a ledger owned elsewhere (tests own theirs).
    explicit CompanySession(Ledger &ledger, QObject *parent = nullptr);
    ~CompanySession() override;

    Ledger &ledger() { return *m_ledger; }
    LedgerContext &context() { return m_ledger->context(); }
    QString path() const;
    QDate today() const { return m_ledger->context().clock.today(); }

    // Long read-only queries (dashboard, list totals) run here, off the GUI thread.
    BackgroundReader &reader() { return *m_reader; }
    // The outbox of this file and the sender working through it (started by the window).
    MailSession &mail() { return *m_mail; }
    // The scheduled backups of this file, as the signed-in user (made on first use).
    BackupScheduler &backups();

    Result<bool> isSetUp() const { return m_ledger->isSetUp(); }
    Status signIn() { return m_ledger->signIn(); }

    // The company settings as last saved (reloaded after every change).
    const CompanySettings &company() const { return m_company; }
    const QString &currency() const { return m_company.currency; }
    QString money(qint64 minor) const;

    // Tells the pages that the file changed and says what happened in the status bar.
    void changed(const QString &whatHappened = {});
    void say(const QString &message) { emit statusMessage(message); }

signals:
    void dataChanged();
    // Another clerk saved a change to the company on the server (pages reload what they show,
    // never what is being typed).
    void othersChanged();
    void statusMessage(const QString &text);

private:
    CompanySession(std::unique_ptr<Clock> clock, std::unique_ptr<Ledger> ledger);
    void reloadCompany();
    void listenToOthers();

    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Ledger> m_owned;
    Ledger *m_ledger = nullptr;
    CompanySettings m_company;
    std::unique_ptr<BackgroundReader> m_reader; // stopped before the ledger closes
    std::unique_ptr<MailSession> m_mail;        // the sender stops before the ledger closes
    std::unique_ptr<ServerChangeListener> m_listener; // on a server only
    std::unique_ptr<BackupScheduler> m_backups; // last: a copy under way ends first
};
