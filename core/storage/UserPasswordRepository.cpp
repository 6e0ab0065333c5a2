#include "UserPasswordRepository.h"

#include "SqlStatement.h"

Result<PasswordHash> UserPasswordRepository::password(qint64 userId) const
{
    SqlStatement q(m_db, "SELECT password_hash, password_salt, password_iterations FROM users WHERE id = :id");
    q.bind(":id", userId);
    FACTURO_TRY(q.exec(tr("read the password of a user")));
    PasswordHash hash;
    if (!q.next() || q.integer(2) <= 0)
        return hash;
    hash.key = QByteArray::fromHex(q.text(0).toLatin1());
    hash.salt = QByteArray::fromHex(q.text(1).toLatin1());
    hash.iterations = static_cast<int>(q.integer(2));
    return hash;
}

Status UserPasswordRepository::setPassword(qint64 userId, const PasswordHash &hash)
{
    SqlStatement q(m_db,
        "UPDATE users SET password_hash = :hash, password_salt = :salt, "
        "password_iterations = :iterations WHERE id = :id");
    const bool set = hash.isSet();
    q.bind(":hash", set ? QVariant(QString::fromLatin1(hash.key.toHex())) : QVariant());
    q.bind(":salt", set ? QVariant(QString::fromLatin1(hash.salt.toHex())) : QVariant());
    q.bind(":iterations", set ? hash.iterations : 0).bind(":id", userId);
    FACTURO_TRY(q.exec(tr("save the password of a user")));
    if (q.rowsAffected() != 1)
        return Error::notFound(tr("There is no such user."));
    return {};
}

Result<bool> UserPasswordRepository::anyPassword() const
{
    SqlStatement q(m_db, "SELECT EXISTS (SELECT 1 FROM users WHERE password_iterations > 0)");
    FACTURO_TRY(q.exec(tr("read whether users have passwords")));
    q.next();
    return q.integer(0) != 0;
}

Result<QSet<qint64>> UserPasswordRepository::usersWithPassword() const
{
    SqlStatement q(m_db, "SELECT id FROM users WHERE password_iterations > 0");
    FACTURO_TRY(q.exec(tr("read which users have passwords")));
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.integer(0));
    return ids;
}
