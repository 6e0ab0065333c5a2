#pragma once

#include "OAuthTokenStore.h"

#include <QHash>

// Tokens for this run of the program only, where no keychain service runs (and in tests).
class MemoryTokenStore final : public OAuthTokenStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoryTokenStore)

public:
    Result<OAuthTokens> load(const QString &key) override
    {
        const auto found = m_tokens.constFind(key);
        if (found == m_tokens.constEnd())
            return Error::notFound(tr("Not signed in."));
        return found.value();
    }
    Status save(const QString &key, const OAuthTokens &tokens) override
    {
        m_tokens.insert(key, tokens);
        return {};
    }
    Status remove(const QString &key) override
    {
        m_tokens.remove(key);
        return {};
    }

private:
    QHash<QString, OAuthTokens> m_tokens;
};
