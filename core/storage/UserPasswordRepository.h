#pragma once

#include "Database.h"
#include "PasswordHash.h"

#include <QSet>

// The passwords of the user profiles (users.password_hash, password_salt, password_iterations,
// schema 17), kept apart from UserRepository so that the hashes are read only where a password
// is checked or changed.
class UserPasswordRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserPasswordRepository)
public:
    explicit UserPasswordRepository(Database &db)
        : m_db(db)
    { }

    // The stored password of a user (not set: no password).
    Result<PasswordHash> password(qint64 userId) const;
    // Sets the password (a hash that is not set clears it).
    Status setPassword(qint64 userId, const PasswordHash &hash);
    // Whether any user of the file has a password: then everyone signs in with theirs.
    Result<bool> anyPassword() const;
    // The ids of the users who have a password.
    Result<QSet<qint64>> usersWithPassword() const;

private:
    Database &m_db;
};
