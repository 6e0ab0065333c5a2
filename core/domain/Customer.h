#pragma once

#include "EInvoiceFormat.h"
#include "ElectronicAddress.h"
#include "LegalRegistration.h"
#include "PostalAddress.h"

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
    // The billing address as printed (multi-line). When postalAddress is structured it is its
    // print; when the address is to review it is the text as typed (see PostalAddress::reconcile).
    QString billingAddress;
    PostalAddress postalAddress;
    QString vatId;
    LegalRegistration registration; // BT-47
    ElectronicAddress endpoint;     // BT-49, Peppol participant id
    QString buyerReference;         // BT-10 (the Leitweg-ID of German public buyers)
    EInvoiceFormat einvoiceFormat = EInvoiceFormat::None;
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
