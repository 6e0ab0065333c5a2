#pragma once

#include "MemoryTokenStore.h"
#include "OAuthTokenStore.h"
#include "SecretStore.h"

// Tokens in the desktop keychain (SecretStore, qtkeychain): the whole set as one JSON secret,
// so that saving a rotated refresh token is a single replacement of the entry. Where no keychain
// service runs, save() says so and the tokens are kept in this object's memory for the run of
// the program (never in a file). The calls block while the keychain answers (see SecretStore).
class KeychainTokenStore final : public OAuthTokenStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStore)

public:
    explicit KeychainTokenStore(QString service);

    Result<OAuthTokens> load(const QString &key) override;
    Status save(const QString &key, const OAuthTokens &tokens) override;
    Status remove(const QString &key) override;
    SecretStore::Failure lastFailure() const { return m_store.lastFailure(); }

private:
    SecretStore m_store;
    MemoryTokenStore m_memory; // only what the keychain could not take
};
