#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A payment link: the company's template (a setting, such as
// "https://pay.example.com/i/{number}?amount={due}&currency={currency}") filled for one posted
// invoice and frozen in its snapshot ("payment_link"), printed on its PDF as text and as a QR
// code, offered in its mail text.
//
// Placeholders: {number} the invoice number, {due} the amount due at posting as decimal text
// from the minor units ("1234.50"; "1234" for a currency without minor units), {currency} the
// ISO 4217 code, {reference} the structured payment reference (electronic form, "RF18..."),
// {customer} the customer's name. Each value is percent-encoded (RFC 3986: everything but
// letters, digits and -._~) where it is put; the rest of the template is kept as typed.
// A template is an http or https URL with a host that holds no placeholder.
class PaymentLink
{
    Q_DECLARE_TR_FUNCTIONS(PaymentLink)
public:
    static constexpr int MaxTemplateLength = 500;

    struct Values
    {
        QString number;
        qint64 dueMinor = 0;
        QString currency;
        QString reference;
        QString customer;
    };

    static QStringList placeholders(); // {"number", "due", "currency", "reference", "customer"}

    // The template trimmed, or why it is refused. An empty template is valid: no link.
    static Result<QString> validatedTemplate(const QString &linkTemplate);
    // The link for these values; refused when the template is not valid.
    static Result<QString> fill(const QString &linkTemplate, const Values &values);
    // "1234.50" for 123450 in EUR.
    static QString dueText(qint64 minor, const QString &currency);

    // The link frozen in a posted document's snapshot JSON; empty when it has none.
    static QString frozenIn(const QString &snapshot);
    static QString snapshotKey() { return QStringLiteral("payment_link"); }

private:
    static Result<QString> substitute(const QString &linkTemplate, const Values &values, bool encode);
};
