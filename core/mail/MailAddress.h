#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// One mailbox: an optional display name and an addr-spec ("Jane Doe <jane@example.com>").
// A MailAddress is always valid once made: create() and parse() refuse line breaks and
// control characters (header injection) and addresses that do not look like
// local-part@domain. The local part must be ASCII; an international domain is kept in its
// ASCII (punycode) form so that it can go on the SMTP wire as is.
class MailAddress
{
    Q_DECLARE_TR_FUNCTIONS(MailAddress)

public:
    MailAddress() = default; // the null address: "no address"

    static Result<MailAddress> create(const QString &displayName, const QString &address);
    // Accepts "addr@example.com", "Name <addr@example.com>" and "\"Last, First\" <addr@example.com>".
    static Result<MailAddress> parse(const QString &text);
    // Checks an addr-spec alone; on success returns it normalised (domain in ASCII form).
    static Result<QString> validateAddress(const QString &address);

    bool isNull() const { return m_address.isEmpty(); }
    const QString &displayName() const { return m_displayName; }
    const QString &address() const { return m_address; }
    // "Name <address>" for people to read (not a MIME header: see MimeBuilder).
    QString toDisplayString() const;

    friend bool operator==(const MailAddress &, const MailAddress &) = default;

private:
    MailAddress(QString displayName, QString address)
        : m_displayName(std::move(displayName))
        , m_address(std::move(address))
    { }

    static Status validateDisplayName(const QString &displayName);

    QString m_displayName;
    QString m_address;
};
