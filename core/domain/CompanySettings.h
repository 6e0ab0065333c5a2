#pragma once

#include "ElectronicAddress.h"
#include "LegalRegistration.h"
#include "PostalAddress.h"

#include <QString>

// The seller: who the company is, how it is paid, how it numbers its documents.
struct CompanySettings
{
    QString name;
    // The postal address as printed (multi-line). When postalAddress is structured it is its
    // print; when the address is to review it is the text as typed (see PostalAddress::reconcile).
    QString address;
    PostalAddress postalAddress;
    QString vatId;
    QString registration; // company registration text, printed in the footer
    LegalRegistration legalRegistration; // BT-30: the registration id and its scheme
    ElectronicAddress endpoint;          // BT-34, Peppol participant id
    QString contactName;                 // BT-41..43: the seller's contact
    QString contactPhone;
    QString contactEmail;
    QString email;
    QString phone;
    QString website;
    QString iban;
    QString bic;
    QString bankName;
    QString currency = QStringLiteral("EUR");
    int paymentTermsDays = 30;
    QString invoicePattern = QStringLiteral("INV-{YYYY}-{SEQ:5}");
    QString creditNotePattern = QStringLiteral("CN-{YYYY}-{SEQ:5}");
    QString quotationPattern = QStringLiteral("Q-{YYYY}-{SEQ:5}");
    bool resetYearly = true;
    qint64 approvalThreshold = 0; // gross, minor units; 0: no approval needed
    QString defaultLanguage = QStringLiteral("en");
    QString paperSize = QStringLiteral("A4");
    QString reminderLevels = QStringLiteral("7,14,30");

    // ---- Payment mentions and service-order wording (table company_terms, schema 10) ----
    // Late-payment mentions printed on invoices to business customers: France (Code de commerce
    // L441-10), Belgium (law of 2 August 2002), Germany (§ 288 BGB), in the document's language.
    bool latePaymentMentions = true;
    QString lateInterestRate;          // yearly %, decimal text; empty = the statutory rate (FR: 3 × legal rate)
    qint64 recoveryIndemnity = 4000;   // fixed compensation for recovery costs, minor units (40 EUR)
    QString earlyPaymentDiscount;      // % for early payment, decimal text; empty = no discount
    bool technicianOnInvoiceLines = false; // service-order labour lines name the technician
    // ---- end of payment mentions ----

    // ---- Payment reference and payment link (settings table; core/bank) ----
    // The structured reference each posted invoice gets: "rf" ISO 11649 creditor reference,
    // "be" Belgian structured communication (PaymentReference::kindKey).
    QString paymentReferenceKind = QStringLiteral("rf");
    // The payment link template (PaymentLink); empty = no link.
    QString paymentLinkTemplate;
    // ---- end of payment reference and payment link ----
};
