#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A structured postal address (EN 16931 BG-5 / BG-8): up to three street lines, postcode, city,
// an optional country subdivision and the ISO 3166-1 alpha-2 country. How it is printed:
// the street lines, then "postcode city" (with the old European country prefix, "D-10115 Berlin",
// when the address was written so), the subdivision, then the country line as it was written
// ("France", "BELGIQUE"; empty: no country line).
//
// An address that could not be split with confidence from the text it was typed as is kept as
// that text by its owner (Customer::billingAddress, CompanySettings::address) and flagged
// `toReview`: its structured fields stay empty until someone completes them.
struct PostalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostalAddress)
public:
    QString line1;
    QString line2;
    QString line3;
    QString postcode;
    QString city;
    QString subdivision;
    QString countryCode; // "FR"
    QString countryLine; // the last printed line: "France"; empty: not printed
    QString postcodePrefix; // "D-" before the postcode, as the address was written
    bool toReview = false;

    bool operator==(const PostalAddress &) const = default;
    // True when any structured field is filled.
    bool isStructured() const;
    // The printed lines (empty lines left out).
    QStringList lines() const;
    QString text() const { return lines().join(QLatin1Char('\n')); }

    // Checks and cleans: single lines, lengths, a known country code (upper case).
    static Result<PostalAddress> validated(PostalAddress address);

    // Splits typed text into a structured address when it can be done with confidence: the last
    // line may name the country, the line before it is "postcode city" in that country's postcode
    // form, one to three street lines come first, and the split prints exactly as the text did.
    // countryHint (from the VAT id) is used when the text names no country. nullopt: keep as text.
    static std::optional<PostalAddress> split(const QString &text, const QString &countryHint = {});

    // Brings a party's address text and structured address into agreement (before saving): when
    // the text differs from what the structured address prints, the text is what was typed last
    // and the structure is made from it (or the address is flagged to review); an empty text
    // takes the structured address's print.
    static void reconcile(QString &text, PostalAddress &address, const QString &countryHint);
    // The lines of a typed address as they print (trimmed, empty ones left out).
    static QStringList printedLines(const QString &text);
};
