#pragma once

#include "Database.h"
#include "User.h"

#include <QList>

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const User &user, const QDateTime &nowUtc);
    Status update(const User &user);
    Result<User> findByName(const QString &name) const; // NotFound when absent
    Result<QList<User>> list() const;
    Result<int> countManagers() const;

private:
    Database &m_db;
};
