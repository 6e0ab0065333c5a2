#include "CompanySession.h"

#include "PgConnection.h"
#include "ServerChangeListener.h"

#include "BackgroundReader.h"
#include "BackupScheduler.h"
#include "UiFormat.h"
#include "mail/MailSession.h"

#include <QDir>
#include <QFileInfo>

Result<std::unique_ptr<CompanySession>> CompanySession::open(const QString &path, bool createIfMissing)
{
    auto clock = std::make_unique<SystemClock>();
    if (createIfMissing && !PgConnection::isServerLocation(path))
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto ledger = Ledger::open(path, createIfMissing ? Database::OpenMode::CreateIfMissing
                                                     : Database::OpenMode::MustExist,
                               *clock);
    if (!ledger)
        return ledger.error();
    return std::unique_ptr<CompanySession>(new CompanySession(std::move(clock), std::move(ledger).value()));
}

CompanySession::CompanySession(std::unique_ptr<Clock> clock, std::unique_ptr<Ledger> ledger)
    : m_clock(std::move(clock)), m_owned(std::move(ledger)), m_ledger(m_owned.get()),
      m_reader(std::make_unique<BackgroundReader>(m_ledger->database().location())), m_mail(std::make_unique<MailSession>(*m_ledger))
{
    reloadCompany();
    listenToOthers();
}

CompanySession::CompanySession(Ledger &ledger, QObject *parent)
    : QObject(parent), m_ledger(&ledger), m_reader(std::make_unique<BackgroundReader>(m_ledger->database().location())),
      m_mail(std::make_unique<MailSession>(*m_ledger))
{
    reloadCompany();
    listenToOthers();
}

CompanySession::~CompanySession() = default;

BackupScheduler &CompanySession::backups()
{
    if (!m_backups)
        m_backups = std::make_unique<BackupScheduler>(path(), m_ledger->user().name);
    return *m_backups;
}

QString CompanySession::path() const
{
    return m_ledger->database().path();
}

QString CompanySession::money(qint64 minor) const
{
    return UiFormat::money(minor, m_company.currency);
}

void CompanySession::listenToOthers()
{
    Database &db = m_ledger->database();
    if (!db.isServer())
        return; // a company file has one writer: this window
    m_listener = std::make_unique<ServerChangeListener>(db.location(), [this] {
        const PgConnection *own = m_ledger->database().server();
        return own ? own->backendPid() : 0;
    });
    connect(m_listener.get(), &ServerChangeListener::changed, this, [this] {
        reloadCompany();
        emit othersChanged();
    });
    connect(m_listener.get(), &ServerChangeListener::connectionChanged, this, [this](const QString &problem) {
        emit statusMessage(problem.isEmpty()
                ? tr("Connected again: the other clerks' changes show as they are saved.")
                : tr("The other clerks' changes do not show for now (%1). Trying again…").arg(problem));
    });
    const Status listening = m_listener->start();
    if (!listening)
        emit statusMessage(tr("The other clerks' changes will not show without a refresh: %1").arg(listening.message()));
}

void CompanySession::reloadCompany()
{
    auto company = m_ledger->context().company.load();
    if (company)
        m_company = company.value();
}

void CompanySession::changed(const QString &whatHappened)
{
    reloadCompany();
    emit dataChanged();
    if (!whatHappened.isEmpty())
        emit statusMessage(whatHappened);
}
