#include "UserSignIn.h"

#include "Ledger.h"
#include "UserPasswordRepository.h"

UserSignIn::PasswordSource UserSignIn::given(const QString &password)
{
    return [password](const User &) -> Result<QString> { return password; };
}

Result<bool> UserSignIn::hasPasswords(Ledger &ledger)
{
    return UserPasswordRepository(ledger.database()).anyPassword();
}

Result<QString> UserSignIn::userNameOrDefault(Ledger &ledger, const QString &userName)
{
    QString name = userName.trimmed();
    if (name.isEmpty()) {
        auto fallback = ledger.context().company.setting(QStringLiteral("default_user"));
        if (!fallback)
            return fallback.error();
        name = fallback.value();
    }
    if (name.isEmpty())
        return Error::refused(
            QCoreApplication::translate("Ledger", "This company file has no user yet: set it up first."));
    return name;
}

Result<User> UserSignIn::activeUser(Ledger &ledger, const QString &userName)
{
    auto name = userNameOrDefault(ledger, userName);
    if (!name)
        return name.error();
    auto user = ledger.context().users.findByName(name.value());
    if (!user)
        return user.error();
    if (!user->active)
        return Error::permission(QCoreApplication::translate("Ledger", "The user %1 is disabled.").arg(name.value()));
    return user;
}

Status UserSignIn::continueAs(Ledger &ledger, const QString &userName)
{
    auto user = activeUser(ledger, userName);
    if (!user)
        return user.error();
    ledger.context().user = user.value();
    return {};
}

Status UserSignIn::signIn(Ledger &ledger, const QString &userName, const PasswordSource &password)
{
    auto user = activeUser(ledger, userName);
    if (!user)
        return user.error();
    UserPasswordRepository passwords(ledger.database());
    auto protectedFile = passwords.anyPassword();
    if (!protectedFile)
        return protectedFile.error();
    if (protectedFile.value()) {
        auto stored = passwords.password(user->id);
        if (!stored)
            return stored.error();
        if (!stored->isSet())
            return Error::permission(tr("%1 has no password yet: in this company file everyone signs in with their "
                                        "own. A manager sets it (Settings > Users, or facturo-cli user password %1).")
                                         .arg(user->name));
        if (!password)
            return Error::permission(
                tr("This company file asks for passwords: %1 must sign in with theirs.").arg(user->name));
        auto typed = password(user.value());
        if (!typed)
            return typed.error();
        if (!stored->matches(typed.value()))
            return Error::permission(tr("Wrong password for %1.").arg(user->name));
    }
    ledger.context().user = user.value();
    return {};
}
