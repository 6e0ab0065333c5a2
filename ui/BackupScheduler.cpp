#include "BackupScheduler.h"

#include "BackupService.h"
#include "Clock.h"
#include "Ledger.h"
#include "PgConnection.h"

#include <QThread>
#include <QTimer>

BackupScheduler::BackupScheduler(QString companyFile, QString userName, QObject *parent)
    : QObject(parent), m_file(std::move(companyFile)), m_user(std::move(userName)), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setInterval(15 * 60 * 1000);
        run(false);
    });
}

BackupScheduler::~BackupScheduler()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackupScheduler::start(int firstDelayMs)
{
    if (PgConnection::isServerLocation(m_file))
        return; // backed up by the server: no copy is ever due (BackupService::runDue)
    m_timer->start(firstDelayMs);
}

bool BackupScheduler::isScheduled() const
{
    return m_timer->isActive();
}

void BackupScheduler::run(bool force)
{
    if (m_thread)
        return;
    const QString file = m_file;
    const QString user = m_user;
    m_thread = QThread::create([this, file, user, force] {
        SystemClock clock;
        QString written;
        QString error;
        auto ledger = Ledger::open(file, Database::OpenMode::MustExist, clock);
        if (!ledger) {
            error = ledger.message();
        } else if (const Status signedIn = UserSignIn::continueAs(*ledger.value(), user); !signedIn) {
            error = signedIn.message();
        } else {
            BackupService backups(*ledger.value());
            auto done = force ? backups.backupNow() : backups.runDue();
            if (done)
                written = done->written;
            else
                error = done.message();
        }
        QMetaObject::invokeMethod(
            this, [this, written, error] { emit finished(written, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("facturo-backup"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    });
    m_thread->start(QThread::LowPriority);
}
