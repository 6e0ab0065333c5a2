#pragma once

#include <QString>

enum class UserRole { Clerk, Manager };

struct User
{
    qint64 id = 0;
    QString name; // login name, unique
    QString fullName;
    UserRole role = UserRole::Clerk;
    bool active = true;

    bool isManager() const { return role == UserRole::Manager; }
    static QString roleKey(UserRole role) { return role == UserRole::Manager ? QStringLiteral("manager") : QStringLiteral("clerk"); }
};
