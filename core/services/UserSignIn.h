#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>

#include <functional>

class Ledger;

// Who acts in an open company file. In a file where a user has a password (hasPasswords()),
// everyone signs in with their own: it is asked from a PasswordSource and checked against the
// stored hash (PasswordHash); a user without one cannot sign in until a manager gives them one.
// A file without passwords asks for none: the name is enough, as it always was.
// Ledger::signIn(name) is signIn() without a source: refused in a file with passwords.
class UserSignIn
{
    Q_DECLARE_TR_FUNCTIONS(UserSignIn)
public:
    // Gives the password of a user when the file asks for one (CLI: FACTURO_PASSWORD or a prompt
    // without echo; window: the sign-in dialog); an error (said as it is) when none can be given.
    using PasswordSource = std::function<Result<QString>(const User &user)>;
    static PasswordSource given(const QString &password);

    static Result<bool> hasPasswords(Ledger &ledger);
    // The name signIn() takes for `userName`: itself, or the file's default user for an empty one.
    static Result<QString> userNameOrDefault(Ledger &ledger, const QString &userName);
    // Signs `userName` in (Permission when refused); the ledger acts as them from then on.
    static Status signIn(Ledger &ledger, const QString &userName, const PasswordSource &password);
    // The same user on another connection of a program where they already signed in (background
    // backups, the copy a restore writes its event into): no password is asked.
    static Status continueAs(Ledger &ledger, const QString &userName);

private:
    static Result<User> activeUser(Ledger &ledger, const QString &userName);
};
