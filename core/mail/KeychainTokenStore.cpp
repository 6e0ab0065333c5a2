#include "KeychainTokenStore.h"

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_store(std::move(service))
{ }

Result<OAuthTokens> KeychainTokenStore::load(const QString &key)
{
    if (auto kept = m_memory.load(key))
        return kept;
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
    if (!stored) {
        if (m_store.lastFailure() == SecretStore::Failure::Unavailable) {
            (void)m_memory.save(key, tokens);
            return Error::storage(tr("No keychain service runs on this computer: the sign-in is kept in memory until "
                                     "Facturo closes and must be made again next time. It was not written anywhere."));
        }
        return Error::storage(tr("The sign-in could not be saved in the keychain: %1").arg(stored.message()));
    }
    (void)m_memory.remove(key);
    return {};
}

Status KeychainTokenStore::remove(const QString &key)
{
    (void)m_memory.remove(key);
    return m_store.remove(key);
}
