#pragma once

#include "CompanySettings.h"
#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

// The seller and customer as frozen into a posted document (Document::snapshot, written at
// posting): everything an e-invoice of the document needs, read back without the live rows, so
// the e-invoice of a posted document never changes after an edit. Older snapshots lack the
// structured fields: they read as empty (a structured address with no fields, no endpoint, …),
// so an export can name what is missing.
struct PartySnapshot
{
    Q_DECLARE_TR_FUNCTIONS(PartySnapshot)
public:
    struct Party
    {
        QString name;
        QString addressText; // as printed
        PostalAddress address;
        QString vatId;
        LegalRegistration registration;
        ElectronicAddress endpoint;
        QString email;
        QString phone;
    };
    Party seller;
    Party customer;
    QString sellerRegistrationText; // the footer text
    QString sellerWebsite;
    QString sellerContactName;
    QString sellerContactPhone;
    QString sellerContactEmail;
    QString iban;
    QString bic;
    QString bankName;
    QString buyerReference;
    EInvoiceFormat preferredFormat = EInvoiceFormat::None;
    int paymentTermsDays = 30;

    static Result<PartySnapshot> parse(const QString &snapshotJson);
    // The snapshot posting would freeze now (for a draft's e-invoice check).
    static PartySnapshot of(const CompanySettings &company, const Customer &customer, int paymentTermsDays);
    // The JSON posting stores in Document::snapshot.
    static QString json(const CompanySettings &company, const Customer &customer, int paymentTermsDays);

    // The "seller" and "customer" objects posting writes.
    static QJsonObject sellerJson(const CompanySettings &company);
    static QJsonObject customerJson(const Customer &customer);
};
