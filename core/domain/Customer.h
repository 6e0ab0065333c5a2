#pragma once

#include <QList>
#include <QString>

#include <optional>

struct Contact
{
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString role; // "accounts payable", "site manager", ...
    bool isPrimary = false;
};

struct Customer
{
    qint64 id = 0;
    QString name;
    QString billingAddress; // multi-line
    QString vatId;
    std::optional<int> paymentTermsDays; // empty: the company's default terms
    QString language = QStringLiteral("en");
    bool noReminders = false;
    QString notes;
    QList<Contact> contacts;

    // The address invoices are sent to: the primary contact's, else the first with an email.
    QString primaryEmail() const
    {
        for (const Contact &c : contacts)
            if (c.isPrimary && !c.email.isEmpty())
                return c.email;
        for (const Contact &c : contacts)
            if (!c.email.isEmpty())
                return c.email;
        return {};
    }
};
