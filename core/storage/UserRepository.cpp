#include "UserRepository.h"

#include "SqlStatement.h"

namespace {
User readUser(SqlStatement &q)
{
    User u;
    u.id = q.integer(0);
    u.name = q.text(1);
    u.fullName = q.text(2);
    u.role = q.text(3) == QLatin1String("manager") ? UserRole::Manager : UserRole::Clerk;
    u.active = q.value(4).toBool();
    return u;
}
} // namespace

Result<qint64> UserRepository::insert(const User &user, const QDateTime &nowUtc)
{
    SqlStatement q(m_db, "INSERT INTO users (name, full_name, role, active, created_at) "
                         "VALUES (:name, :full_name, :role, :active, :now)");
    q.bind(":name", user.name).bind(":full_name", user.fullName).bind(":role", User::roleKey(user.role));
    q.bind(":active", user.active ? 1 : 0).bind(":now", SqlValue::timestamp(nowUtc));
    FACTURO_TRY(q.exec(tr("add the user %1").arg(user.name)));
    return q.lastInsertId();
}

Status UserRepository::update(const User &user)
{
    SqlStatement q(m_db, "UPDATE users SET full_name = :full_name, role = :role, active = :active WHERE id = :id");
    q.bind(":full_name", user.fullName).bind(":role", User::roleKey(user.role));
    q.bind(":active", user.active ? 1 : 0).bind(":id", user.id);
    return q.exec(tr("save the user %1").arg(user.name));
}

Result<User> UserRepository::findByName(const QString &name) const
{
    SqlStatement q(m_db, "SELECT id, name, full_name, role, active FROM users WHERE name = :name");
    q.bind(":name", name);
    FACTURO_TRY(q.exec(tr("read the user %1").arg(name)));
    if (!q.next())
        return Error::notFound(tr("There is no user named \"%1\".").arg(name));
    return readUser(q);
}

Result<QList<User>> UserRepository::list() const
{
    SqlStatement q(m_db, "SELECT id, name, full_name, role, active FROM users ORDER BY name");
    FACTURO_TRY(q.exec(tr("list the users")));
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

Result<int> UserRepository::countManagers() const
{
    SqlStatement q(m_db, "SELECT count(*) FROM users WHERE role = 'manager' AND active = 1");
    FACTURO_TRY(q.exec(tr("count the managers")));
    q.next();
    return q.value(0).toInt();
}
