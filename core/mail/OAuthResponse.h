#pragma once

#include <QJsonObject>
#include <QString>

// One answer of an authorization server's endpoint, sorted by what the caller must do.
//   Ok              the JSON body of a 2xx answer is in `body`
//   Network         no answer, a 5xx, or not JSON: try again later, nothing is lost
//   SignInRequired  invalid_grant (refresh token expired or revoked, code or verifier wrong):
//                   only a new sign-in helps
//   Refused         any other RFC 6749 error (invalid_client, invalid_scope, ...): the
//                   settings are wrong
//   Pending, SlowDown, Expired, Denied: the RFC 8628 device grant's answers while polling
struct OAuthResponse
{
    enum class Kind { Ok, Network, SignInRequired, Refused, Pending, SlowDown, Expired, Denied };

    Kind kind = Kind::Network;
    QJsonObject body;
    QString error; // the RFC 6749 "error" code, e.g. "invalid_grant"
    QString message; // for people: what failed, with the server's error_description

    bool ok() const { return kind == Kind::Ok; }
};
