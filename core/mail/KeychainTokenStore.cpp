#include "KeychainTokenStore.h"

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_store(std::move(service))
{ }

Result<OAuthTokens> KeychainTokenStore::load(const QString &key)
{
    Result<QString> secret = m_store.read(key);
    if (!secret) {
        if (m_store.lastFailure() == SecretStore::Failure::NotFound)
            return Error::notFound(tr("Not signed in: no sign-in is saved in the keychain."));
        return Error::storage(tr("The sign-in could not be read from the keychain: %1").arg(secret.message()));
    }
    return OAuthTokens::fromSecret(secret.value());
}

Status KeychainTokenStore::save(const QString &key, const OAuthTokens &tokens)
{
    const Status stored = m_store.store(key, QString::fromUtf8(tokens.toSecret()));
    if (!stored)
        return Error::storage(tr("The sign-in could not be saved in the keychain: %1").arg(stored.message()));
    return {};
}

Status KeychainTokenStore::remove(const QString &key)
{
    return m_store.remove(key);
}
