#pragma once

#include "LedgerContext.h"

#include <QCoreApplication>

#include <functional>

class OAuthAuthorizer;
struct OAuthTokens;

// Whether the OAuth sign-in of the mail settings must be renewed, kept in the company file
// (setting oauth.sign_in_needed: the account, or the provider's name when the account is not
// known; no token) so that it outlives the program: after a restart the Outbox and the
// dashboard say "sign in again" and the outbox sender does not try before a new sign-in.
// Set when the provider refused a refresh for good (invalid_grant: expired or revoked refresh
// token, consent withdrawn); cleared by a successful sign-in or a sign-out. Each change is one
// transaction of its own. Any user may write it: it records the provider's answer, not a choice.
//
//   MailSignInState state(ledger.context());
//   if (auto who = state.neededFor(); who && !who->isEmpty()) show(MailSignInState::message(*who));
class MailSignInState
{
    Q_DECLARE_TR_FUNCTIONS(MailSignInState)
public:
    explicit MailSignInState(LedgerContext &context)
        : m_ctx(context)
    { }

    // The account that must sign in again; empty: no new sign-in is needed.
    Result<QString> neededFor() const;
    Status markNeeded(const QString &account);
    Status clear();

    // A sign-in through `authorizer`: keeps the tokens and clears the flag. The tokens stay in
    // use for this run even where they could not be stored (the error is returned).
    Status saveSignIn(OAuthAuthorizer &authorizer, const OAuthTokens &tokens);
    // Forgets the sign-in (revoked where the provider can) and clears the flag.
    Status signOut(OAuthAuthorizer &authorizer, std::function<void()> revoked = {});

    // "Sign in again to <account> ...": what the Outbox, the dashboard and the CLI say.
    static QString message(const QString &account);

private:
    LedgerContext &m_ctx;
};
