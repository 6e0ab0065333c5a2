#include "EInvoiceProfile.h"

namespace {
const auto En16931 = QStringLiteral("urn:cen.eu:en16931:2017");
}

EInvoiceProfile EInvoiceProfile::en16931Ubl()
{
    EInvoiceProfile p;
    p.id = Id::En16931Ubl;
    p.syntax = Syntax::Ubl;
    p.key = QStringLiteral("en16931-ubl");
    p.name = QStringLiteral("EN 16931");
    p.customizationId = En16931;
    return p;
}

EInvoiceProfile EInvoiceProfile::en16931Cii()
{
    EInvoiceProfile p = en16931Ubl();
    p.id = Id::En16931Cii;
    p.syntax = Syntax::Cii;
    p.key = QStringLiteral("en16931-cii");
    return p;
}

// Peppol BIS Billing 3.0: its CIUS id, the billing process id, both electronic addresses
// (PEPPOL-EN16931-R010/R020) and a buyer reference or an order reference (R003).
EInvoiceProfile EInvoiceProfile::peppolBis3()
{
    EInvoiceProfile p = en16931Ubl();
    p.id = Id::PeppolBis3;
    p.key = QStringLiteral("peppol-bis3");
    p.name = QStringLiteral("Peppol");
    p.customizationId = QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    p.profileId = QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
    p.endpointsRequired = true;
    p.buyerOrOrderReference = true;
    return p;
}

// XRechnung 3.0 (KoSIT): BR-DE-1 payment instructions, BR-DE-2/5/6/7 seller contact,
// BR-DE-3/4/8/9 cities and postcodes, BR-DE-15 buyer reference, electronic addresses.
EInvoiceProfile EInvoiceProfile::xrechnungUbl()
{
    EInvoiceProfile p = en16931Ubl();
    p.id = Id::XRechnungUbl;
    p.key = QStringLiteral("xrechnung-ubl");
    p.name = QStringLiteral("XRechnung");
    p.customizationId = QStringLiteral("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
    p.profileId = QStringLiteral("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
    p.endpointsRequired = true;
    p.buyerReferenceRequired = true;
    p.sellerContactRequired = true;
    p.postalCityRequired = true;
    p.paymentRequired = true;
    return p;
}

EInvoiceProfile EInvoiceProfile::xrechnungCii()
{
    EInvoiceProfile p = xrechnungUbl();
    p.id = Id::XRechnungCii;
    p.syntax = Syntax::Cii;
    p.key = QStringLiteral("xrechnung-cii");
    return p;
}

// The CII of Factur-X 1.0 / ZUGFeRD 2.3, profile EN 16931: the core guideline id, no CIUS.
EInvoiceProfile EInvoiceProfile::facturXEn16931()
{
    EInvoiceProfile p = en16931Cii();
    p.id = Id::FacturXEn16931;
    p.key = QStringLiteral("facturx-en16931");
    p.name = QStringLiteral("Factur-X");
    return p;
}

EInvoiceProfile EInvoiceProfile::get(Id id)
{
    switch (id) {
    case Id::En16931Ubl:
        return en16931Ubl();
    case Id::En16931Cii:
        return en16931Cii();
    case Id::PeppolBis3:
        return peppolBis3();
    case Id::XRechnungUbl:
        return xrechnungUbl();
    case Id::XRechnungCii:
        return xrechnungCii();
    case Id::FacturXEn16931:
        return facturXEn16931();
    }
    return en16931Ubl();
}

QList<EInvoiceProfile> EInvoiceProfile::all()
{
    return {en16931Ubl(), en16931Cii(), peppolBis3(), xrechnungUbl(), xrechnungCii(), facturXEn16931()};
}
