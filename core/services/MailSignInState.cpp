#include "MailSignInState.h"

#include "OAuthAuthorizer.h"
#include "Transaction.h"

namespace {
const QString NeededKey = QStringLiteral("oauth.sign_in_needed");
} // namespace

Result<QString> MailSignInState::neededFor() const
{
    auto value = m_ctx.company.setting(NeededKey);
    if (!value)
        return value.error();
    return value->trimmed();
}

Status MailSignInState::markNeeded(const QString &account)
{
    return m_ctx.db.retrying([&]() -> Status {
        const QString who = account.trimmed().isEmpty() ? tr("the mail provider") : account.trimmed();
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(NeededKey, who));
        return tx.commit();
    });
}

Status MailSignInState::clear()
{
    return m_ctx.db.retrying([&]() -> Status {
        auto current = neededFor();
        if (current && current->isEmpty())
            return {}; // nothing to write (and no write lock taken)
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(NeededKey, QString()));
        return tx.commit();
    });
}

Status MailSignInState::saveSignIn(OAuthAuthorizer &authorizer, const OAuthTokens &tokens)
{
    const Status saved = authorizer.saveSignIn(tokens);
    FACTURO_TRY(clear());
    return saved;
}

Status MailSignInState::signOut(OAuthAuthorizer &authorizer, std::function<void()> revoked)
{
    FACTURO_TRY(authorizer.signOut(std::move(revoked)));
    return clear();
}

QString MailSignInState::message(const QString &account)
{
    return tr("Sign in again to %1 (Settings > Mail server, or facturo-cli mail sign-in): the provider no longer "
              "accepts the last sign-in. Queued mail waits until then.")
        .arg(account);
}
