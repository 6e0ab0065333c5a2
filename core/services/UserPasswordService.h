#pragma once

#include "AuditLog.h"
#include "LedgerContext.h"
#include "PasswordHash.h"
#include "User.h"

// Sets, changes and clears the password of a user profile (PasswordHash). Once any user of a
// file has a password, everyone signs in with their own (Ledger::signIn).
//
// Who may: a manager for anyone, any user for their own. So that nobody is locked out, a change
// that leaves the file with passwords must leave a password to the user making it and to at least
// one active manager (the first password of a file is therefore a manager's). Every change is
// one transaction with an audit event ("password": set, changed or cleared) that never holds the
// hash.
class UserPasswordService
{
    Q_DECLARE_TR_FUNCTIONS(UserPasswordService)
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 1024;

    UserPasswordService(LedgerContext &context, AuditLog &audit, int iterations = PasswordHash::DefaultIterations)
        : m_ctx(context)
        , m_audit(audit)
        , m_iterations(iterations)
    { }

    // Whether `password` is acceptable as a new password (length), with a message saying why not.
    static Status validated(const QString &password);
    // Whether the signed-in user may change the password of `target` (a manager, or themselves).
    Status mayChange(const User &target) const;
    Status setPassword(const QString &userName, const QString &newPassword);
    Status clearPassword(const QString &userName);

private:
    Status change(const QString &userName, const PasswordHash &hash);

    LedgerContext &m_ctx;
    AuditLog &m_audit;
    int m_iterations;
};
