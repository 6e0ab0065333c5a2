#pragma once

#include "OAuthTokens.h"

// Where a sign-in's tokens are kept between runs: one entry per key, replaced in one write
// (so a rotated refresh token never exists beside, or without, its successor). The program
// uses KeychainTokenStore; MemoryTokenStore keeps them for one run where no keychain answers.
class OAuthTokenStore
{
public:
    virtual ~OAuthTokenStore() = default;
    // ErrorKind::NotFound when nothing is stored under key.
    virtual Result<OAuthTokens> load(const QString &key) = 0;
    virtual Status save(const QString &key, const OAuthTokens &tokens) = 0;
    // Removing a key that holds nothing is not an error.
    virtual Status remove(const QString &key) = 0;
};
