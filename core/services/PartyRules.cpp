#include "PartyRules.h"

#include "CountryCodes.h"
#include "TextRules.h"

Status PartyRules::address(QString &text, PostalAddress &address, const QString &vatId, const QString &fieldName)
{
    auto cleaned = TextRules::clean(text, fieldName, 1000, false, true);
    if (!cleaned)
        return cleaned.error();
    text = cleaned.value();
    for (QString *field : {&address.line1, &address.line2, &address.line3, &address.postcode, &address.city,
             &address.subdivision, &address.countryLine, &address.postcodePrefix}) {
        auto line = TextRules::clean(*field, fieldName, 1000, false);
        if (!line)
            return line.error();
        *field = line.value();
    }
    auto valid = PostalAddress::validated(address);
    if (!valid)
        return valid.error();
    address = valid.value();
    PostalAddress::reconcile(text, address, CountryCodes::fromVatId(vatId));
    return {};
}

Status PartyRules::identifiers(LegalRegistration &registration, ElectronicAddress &endpoint)
{
    auto r = LegalRegistration::validated(registration);
    if (!r)
        return r.error();
    registration = r.value();
    auto e = ElectronicAddress::validated(endpoint);
    if (!e)
        return e.error();
    endpoint = e.value();
    return {};
}
