#pragma once

#include "FixedDecimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The neutral model of an EN 16931 e-invoice: the business terms Facturo writes, named by their
// BT/BG numbers. Both syntaxes (UBL 2.1, CII D16B) and every profile are written from it.
// Amounts are qint64 minor units of a two-decimal currency; quantities and prices are exact
// scaled integers. Empty strings and null dates mean "not stated".

struct EInvoiceIdentifier
{
    QString id;
    QString scheme; // ISO 6523 ICD (0088, 0208, ...) or EAS for endpoints; empty = none
    bool isEmpty() const { return id.isEmpty(); }
    bool operator==(const EInvoiceIdentifier &) const = default;
};

// BG-5 / BG-8 / BG-15: postal address.
struct EInvoiceAddress
{
    QString line1; // BT-35 / BT-50 / BT-75
    QString line2; // BT-36 / BT-51 / BT-76
    QString line3; // BT-162 / BT-163 / BT-165
    QString city; // BT-37 / BT-52 / BT-77
    QString postcode; // BT-38 / BT-53 / BT-78
    QString subdivision; // BT-39 / BT-54 / BT-79
    QString country; // BT-40 / BT-55 / BT-80, ISO 3166-1 alpha-2
    bool isEmpty() const
    {
        return line1.isEmpty() && line2.isEmpty() && line3.isEmpty() && city.isEmpty() && postcode.isEmpty()
            && subdivision.isEmpty() && country.isEmpty();
    }
    bool operator==(const EInvoiceAddress &) const = default;
};

// BG-6 / BG-9: contact.
struct EInvoiceContact
{
    QString name; // BT-41 / BT-56
    QString phone; // BT-42 / BT-57
    QString email; // BT-43 / BT-58
    bool isEmpty() const { return name.isEmpty() && phone.isEmpty() && email.isEmpty(); }
    bool operator==(const EInvoiceContact &) const = default;
};

// BG-4 seller / BG-7 buyer.
struct EInvoiceParty
{
    QString name; // BT-27 / BT-44
    QString tradingName; // BT-28 / BT-45
    EInvoiceIdentifier identifier; // BT-29 / BT-46
    EInvoiceIdentifier legalId; // BT-30 / BT-47, with its scheme (BT-30-1 / BT-47-1)
    QString vatId; // BT-31 / BT-48
    EInvoiceIdentifier endpoint; // BT-34 / BT-49, with its scheme (EAS)
    EInvoiceAddress address; // BG-5 / BG-8
    EInvoiceContact contact; // BG-6 / BG-9
    bool operator==(const EInvoiceParty &) const = default;
};

// BG-13 delivery information (the deliver-to country is needed for intra-community supply).
struct EInvoiceDelivery
{
    QString partyName; // BT-70
    QDate date; // BT-72 actual delivery date
    EInvoiceAddress address; // BG-15
    bool operator==(const EInvoiceDelivery &) const = default;
};

// BG-16 payment instructions (one payment means).
struct EInvoicePayment
{
    QString meansCode; // BT-81, UNCL4461: 58 SEPA credit transfer, 30 credit transfer, 48 card,
                       //         10 cash, 20 cheque, 59 SEPA direct debit
    QString remittance; // BT-83
    QString iban; // BT-84 payment account identifier
    QString accountName; // BT-85
    QString bic; // BT-86
    QString cardNumber; // BT-87 (BG-18): the last digits only, never the full card number
    QString cardHolder; // BT-88
    QString cardNetwork; // UBL CardAccount NetworkID (not an EN 16931 term; UBL requires one)
    QString mandateId; // BT-89 (BG-19 direct debit)
    QString creditorId; // BT-90 bank assigned creditor identifier
    QString debitedAccount; // BT-91
    bool isEmpty() const { return meansCode.isEmpty(); }
    bool operator==(const EInvoicePayment &) const = default;
};

// VAT categories (UNCL5305 subset of EN 16931): S, Z, E, AE, K, G, O.
namespace EInvoiceVat {
inline QStringList categories()
{
    return {QStringLiteral("S"), QStringLiteral("Z"), QStringLiteral("E"), QStringLiteral("AE"), QStringLiteral("K"),
        QStringLiteral("G"), QStringLiteral("O")};
}
// O (not subject to VAT) carries no rate at all; the others always state one.
inline bool hasRate(const QString &category)
{
    return category != QLatin1String("O");
}
} // namespace EInvoiceVat

// BG-20 document level allowance / BG-21 charge; BG-27 line allowance / BG-28 line charge.
struct EInvoiceAllowanceCharge
{
    bool charge = false;
    qint64 amount = 0; // BT-92 / BT-99 / BT-136 / BT-141
    qint64 base = 0; // BT-93 / BT-100 / BT-137 / BT-142 (hasBase)
    bool hasBase = false;
    Percentage percent; // BT-94 / BT-101 / BT-138 / BT-143 (hasPercent)
    bool hasPercent = false;
    QString reason; // BT-97 / BT-104 / BT-139 / BT-144
    QString reasonCode; // BT-98 / BT-105 / BT-140 / BT-145 (UNCL5189 / UNCL7161)
    QString vatCategory; // BT-95 / BT-102 (document level only)
    Percentage vatRate; // BT-96 / BT-103
    bool operator==(const EInvoiceAllowanceCharge &) const = default;
};

// BG-25 invoice line.
struct EInvoiceLine
{
    QString id; // BT-126
    QString note; // BT-127
    Quantity quantity; // BT-129
    QString unitCode; // BT-130, UN/ECE Rec 20 (C62, HUR, KGM, ...)
    qint64 net = 0; // BT-131 = round(quantity × price / base quantity) − allowances + charges
    QList<EInvoiceAllowanceCharge> allowanceCharges; // BG-27 / BG-28
    UnitPrice price; // BT-146 item net price
    Quantity baseQuantity; // BT-149 item price base quantity (zero = not stated, means 1)
    QString itemName; // BT-153
    QString description; // BT-154
    QString sellerItemId; // BT-155
    QString vatCategory; // BT-151
    Percentage vatRate; // BT-152
    bool operator==(const EInvoiceLine &) const = default;
};

// BG-23 VAT breakdown.
struct EInvoiceVatBreakdown
{
    qint64 taxable = 0; // BT-116
    qint64 tax = 0; // BT-117
    QString category; // BT-118
    Percentage rate; // BT-119
    QString exemptionReason; // BT-120
    QString exemptionCode; // BT-121 (VATEX)
    bool operator==(const EInvoiceVatBreakdown &) const = default;
};

// BG-22 document totals.
struct EInvoiceTotals
{
    qint64 lineNets = 0; // BT-106
    qint64 allowances = 0; // BT-107
    qint64 charges = 0; // BT-108
    qint64 withoutVat = 0; // BT-109
    qint64 vat = 0; // BT-110
    qint64 withVat = 0; // BT-112
    qint64 paid = 0; // BT-113
    qint64 rounding = 0; // BT-114
    qint64 payable = 0; // BT-115
    bool operator==(const EInvoiceTotals &) const = default;
};

struct EInvoice
{
    static constexpr int InvoiceType = 380;
    static constexpr int CreditNoteType = 381;

    QString number; // BT-1
    QDate issueDate; // BT-2
    int typeCode = InvoiceType; // BT-3
    QString currency; // BT-5 (ISO 4217, two decimals)
    QDate dueDate; // BT-9
    QString buyerReference; // BT-10 (Leitweg-ID for XRechnung)
    QString orderReference; // BT-13
    QString paymentTerms; // BT-20
    QStringList notes; // BT-22
    QString precedingNumber; // BT-25 (credit notes)
    QDate precedingDate; // BT-26
    QDate periodStart; // BT-73 (BG-14 invoicing period)
    QDate periodEnd; // BT-74
    EInvoiceParty seller; // BG-4
    EInvoiceParty buyer; // BG-7
    EInvoiceDelivery delivery; // BG-13 (BT-72 actual delivery date)
    EInvoicePayment payment; // BG-16
    QList<EInvoiceAllowanceCharge> allowanceCharges; // BG-20 / BG-21
    QList<EInvoiceLine> lines; // BG-25
    QList<EInvoiceVatBreakdown> vat; // BG-23
    EInvoiceTotals totals; // BG-22

    bool isCreditNote() const { return typeCode == CreditNoteType; }
    bool operator==(const EInvoice &) const = default;
};
