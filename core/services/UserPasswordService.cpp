#include "UserPasswordService.h"

#include "Transaction.h"
#include "UserPasswordRepository.h"

Status UserPasswordService::validated(const QString &password)
{
    if (password.size() < MinimumLength)
        return Error::invalid(tr("A password has at least %1 characters.").arg(MinimumLength));
    if (password.size() > MaximumLength)
        return Error::invalid(tr("A password has at most %1 characters.").arg(MaximumLength));
    return {};
}

Status UserPasswordService::mayChange(const User &target) const
{
    if (m_ctx.user.id != target.id && !m_ctx.user.isManager())
        return Error::permission(
            tr("Only a manager can set the password of another user; %1 may set their own.").arg(m_ctx.user.name));
    return {};
}

Status UserPasswordService::setPassword(const QString &userName, const QString &newPassword)
{
    FACTURO_TRY(validated(newPassword));
    return change(userName, PasswordHash::derive(newPassword, m_iterations));
}

Status UserPasswordService::clearPassword(const QString &userName)
{
    return change(userName, PasswordHash());
}

Status UserPasswordService::change(const QString &userName, const PasswordHash &hash)
{
    return m_ctx.db.retrying([&]() -> Status {
        auto target = m_ctx.users.findByName(userName.trimmed());
        if (!target)
            return target.error();
        FACTURO_TRY(mayChange(target.value()));
        const User &actor = m_ctx.user;
        UserPasswordRepository stored(m_ctx.db);
        auto withPassword = stored.usersWithPassword();
        if (!withPassword)
            return withPassword.error();
        const bool targetHasOne = withPassword->contains(target->id);
        if (!hash.isSet() && !targetHasOne)
            return Error::refused(tr("%1 has no password to clear.").arg(target->name));
        auto users = m_ctx.users.list();
        if (!users)
            return users.error();
        // The file as it would be after the change.
        bool anyPassword = false;
        bool actorHasOne = false;
        bool aManagerHasOne = false;
        for (const User &u : users.value()) {
            const bool has = u.id == target->id ? hash.isSet() : withPassword->contains(u.id);
            anyPassword = anyPassword || has;
            actorHasOne = actorHasOne || (has && u.id == actor.id);
            aManagerHasOne = aManagerHasOne || (has && u.active && u.isManager());
        }
        if (anyPassword && !aManagerHasOne)
            return Error::refused(hash.isSet()
                    ? tr("The first password of a company file is a manager's: once one is set, "
                         "everyone signs in with their own, and a manager must be able to. Set a "
                         "manager's password first.")
                    : tr("%1 is the last manager with a password: clearing it would leave no manager "
                         "able to sign in while other users have passwords.")
                          .arg(target->name));
        if (anyPassword && !actorHasOne)
            return Error::refused(hash.isSet()
                    ? tr("Set your own password first: once the file has a password, everyone signs "
                         "in with their own, you too.")
                    : tr("Your password cannot be cleared while other users have one: you could no "
                         "longer sign in."));
        const QString change = !hash.isSet() ? QStringLiteral("cleared")
            : targetHasOne                   ? QStringLiteral("changed")
                                             : QStringLiteral("set");
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(stored.setPassword(target->id, hash));
        FACTURO_TRY(m_audit.record(QStringLiteral("user"), target->id, QStringLiteral("password"),
            {{QStringLiteral("name"), target->name}, {QStringLiteral("change"), change}}));
        FACTURO_TRY(tx.commit());
        return {};
    });
}
