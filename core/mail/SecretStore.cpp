#include "SecretStore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {

// Runs a keychain job to its end. The job deletes itself once finished.
void runJob(QKeychain::Job *job, QKeychain::Error &error, QString &errorString, QString *text = nullptr)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *finishedJob) {
        error = finishedJob->error();
        errorString = finishedJob->errorString();
        if (text && error == QKeychain::NoError)
            *text = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        done = true;
        loop.quit();
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the clear-text file qtkeychain could fall back to
    job->start();
    if (!done)
        loop.exec();
}

struct Classified
{
    SecretStore::Failure failure;
    ErrorKind kind;
};

Classified classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return {SecretStore::Failure::None, ErrorKind::Storage};
    case QKeychain::EntryNotFound:
        return {SecretStore::Failure::NotFound, ErrorKind::NotFound};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretStore::Failure::AccessDenied, ErrorKind::Permission};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing D-Bus session or keychain daemon is reported as OtherError.
        return {SecretStore::Failure::Unavailable, ErrorKind::Storage};
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {SecretStore::Failure::Other, ErrorKind::Storage};
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{ }

Status SecretStore::store(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    runJob(job, error, detail);
    const Classified result = classify(error);
    m_lastFailure = result.failure;
    if (result.failure == Failure::None)
        return {};
    if (result.failure == Failure::Unavailable)
        return Error(result.kind,
            tr("The password could not be saved because no keychain service (such as GNOME Keyring or KWallet) "
               "is available (%1). It was not written anywhere else.")
                .arg(detail));
    return Error(result.kind, tr("The password could not be saved in the keychain: %1").arg(detail));
}

Result<QString> SecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    QString secret;
    runJob(job, error, detail, &secret);
    const Classified result = classify(error);
    m_lastFailure = result.failure;
    switch (result.failure) {
    case Failure::None:
        return secret;
    case Failure::NotFound:
        return Error(result.kind, tr("No password is saved in the keychain for %1.").arg(key));
    case Failure::Unavailable:
        return Error(result.kind,
            tr("The password could not be read because no keychain service is available (%1).").arg(detail));
    case Failure::AccessDenied:
    case Failure::Other:
        break;
    }
    return Error(result.kind, tr("The password could not be read from the keychain: %1").arg(detail));
}

Status SecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QKeychain::Error error = QKeychain::NoError;
    QString detail;
    runJob(job, error, detail);
    const Classified result = classify(error);
    m_lastFailure = result.failure == Failure::NotFound ? Failure::None : result.failure;
    if (m_lastFailure == Failure::None)
        return {};
    if (result.failure == Failure::Unavailable)
        return Error(result.kind,
            tr("The password could not be removed because no keychain service is available (%1).").arg(detail));
    return Error(result.kind, tr("The password could not be removed from the keychain: %1").arg(detail));
}
