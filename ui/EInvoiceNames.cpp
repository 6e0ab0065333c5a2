#include "EInvoiceNames.h"

#include "LegalRegistration.h"

QList<EInvoiceNames::Scheme> EInvoiceNames::endpointSchemes()
{
    return {
        {QStringLiteral("0009"), tr("SIRET (France)"), tr("14 digits, e.g. 73282932000074")},
        {QStringLiteral("0002"), tr("SIREN (France)"), tr("9 digits, e.g. 732829320")},
        {QStringLiteral("9957"), tr("French VAT id"), tr("e.g. FR44732829320")},
        {QStringLiteral("0208"), tr("Belgian enterprise number"), tr("10 digits, e.g. 0477472701")},
        {QStringLiteral("9925"), tr("Belgian VAT id"), tr("e.g. BE0477472701")},
        {QStringLiteral("9930"), tr("German VAT id"), tr("e.g. DE123456789")},
        {QStringLiteral("0204"), tr("Leitweg-ID (German public buyers)"), tr("e.g. 04011000-1234512345-06")},
        {QStringLiteral("0088"), tr("Global Location Number, GLN"), tr("13 digits")},
        {QStringLiteral("0060"), tr("DUNS number"), tr("9 digits")},
        {QStringLiteral("9944"), tr("Dutch VAT id"), tr("e.g. NL123456789B01")},
        {QStringLiteral("0106"), tr("KvK number (Netherlands)"), tr("8 digits")},
        {QStringLiteral("0190"), tr("Dutch OIN"), tr("20 digits")},
        {QStringLiteral("9915"), tr("Austrian VAT id"), tr("e.g. ATU12345678")},
        {QStringLiteral("0211"), tr("Italian VAT id"), tr("e.g. IT12345678901")},
        {QStringLiteral("0007"), tr("Organisationsnummer (Sweden)"), tr("10 digits")},
        {QStringLiteral("0192"), tr("Organisasjonsnummer (Norway)"), tr("9 digits")},
        {QStringLiteral("0184"), tr("CVR number (Denmark)"), tr("8 digits")},
        {QStringLiteral("EM"), tr("Email address"), tr("e.g. invoices@example.com")},
    };
}

QList<EInvoiceNames::Scheme> EInvoiceNames::registrationSchemes()
{
    QList<Scheme> schemes;
    for (const LegalRegistration::Scheme &s : LegalRegistration::schemes()) {
        QString example;
        if (s.key == QLatin1String("0009"))
            example = tr("14 digits, e.g. 73282932000074");
        else if (s.key == QLatin1String("0002"))
            example = tr("9 digits, e.g. 732829320");
        else if (s.key == QLatin1String("0208"))
            example = tr("10 digits, e.g. 0477472701");
        else if (s.key == QLatin1String("HRB") || s.key == QLatin1String("HRA"))
            example = tr("e.g. 12345 B");
        schemes.append({s.key, s.name, example});
    }
    return schemes;
}

QList<EInvoiceFormat> EInvoiceNames::formats()
{
    return {EInvoiceFormat::None, EInvoiceFormat::FacturX, EInvoiceFormat::Peppol, EInvoiceFormat::XRechnungUbl,
        EInvoiceFormat::XRechnungCii, EInvoiceFormat::En16931Ubl, EInvoiceFormat::En16931Cii};
}

QString EInvoiceNames::formatName(EInvoiceFormat format)
{
    switch (format) {
    case EInvoiceFormat::None:
        return tr("None (PDF only)");
    case EInvoiceFormat::En16931Ubl:
        return tr("EN 16931, UBL");
    case EInvoiceFormat::En16931Cii:
        return tr("EN 16931, CII");
    case EInvoiceFormat::Peppol:
        return tr("Peppol BIS Billing 3.0");
    case EInvoiceFormat::XRechnungUbl:
        return tr("XRechnung (UBL)");
    case EInvoiceFormat::XRechnungCii:
        return tr("XRechnung (CII)");
    case EInvoiceFormat::FacturX:
        return tr("Factur-X (PDF with CII inside)");
    }
    return {};
}
