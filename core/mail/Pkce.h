#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) with the S256 method: a fresh random verifier per
// sign-in, and its challenge BASE64URL(SHA256(verifier)) sent with the authorization request.
class Pkce
{
public:
    // 43 characters of the unreserved set, from 32 bytes of the system's random generator.
    static QByteArray makeVerifier();
    static QByteArray challengeS256(const QByteArray &verifier);
    // 32 random bytes, base64url: the "state" that ties the redirect to this sign-in.
    static QByteArray makeState();
};
