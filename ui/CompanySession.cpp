#include "CompanySession.h"

#include "PgConnection.h"

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
}

CompanySession::CompanySession(Ledger &ledger, QObject *parent)
    : QObject(parent), m_ledger(&ledger), m_reader(std::make_unique<BackgroundReader>(m_ledger->database().location())),
      m_mail(std::make_unique<MailSession>(*m_ledger))
{
    reloadCompany();
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
