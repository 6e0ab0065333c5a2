#include "ElectronicAddress.h"

#include "IdentifierChecks.h"

#include <QRegularExpression>

namespace {
bool isSchemeCode(const QString &scheme)
{
    return scheme.size() == 4 && IdentifierChecks::allDigits(scheme);
}
} // namespace

Result<ElectronicAddress> ElectronicAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ElectronicAddress();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error::invalid(tr("The electronic address \"%1\" needs its scheme and identifier, such as "
                                 "0208:0123456749 or 0009:12345678200010.")
                                  .arg(trimmed));
    return validated({trimmed.left(colon), trimmed.mid(colon + 1)});
}

Result<ElectronicAddress> ElectronicAddress::validated(ElectronicAddress a)
{
    a.scheme = a.scheme.trimmed().toUpper();
    a.id = a.id.trimmed();
    if (a.scheme.isEmpty() && a.id.isEmpty())
        return ElectronicAddress();
    if (a.id.isEmpty())
        return Error::invalid(tr("The electronic address of scheme %1 has no identifier.").arg(a.scheme));
    if (a.id.size() > 100)
        return Error::invalid(tr("The electronic address is too long."));
    const QString s = a.scheme;
    if (s == QLatin1String("EM")) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(a.id).hasMatch())
            return Error::invalid(tr("The electronic address %1 (scheme EM) is not an email address.").arg(a.id));
        return a;
    }
    if (!isSchemeCode(s))
        return Error::invalid(tr("Unknown electronic address scheme \"%1\": use a code of the Peppol EAS list, "
                                 "such as 0009, 0208, 9930 or 0204.")
                                  .arg(s));
    // Identifiers that are numbers or VAT ids are compared without spaces, dots or dashes.
    auto compact = [&a](bool upper) {
        QString id = a.id;
        id.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
        return upper ? id.toUpper() : id;
    };
    auto refuse = [&](const QString &what) {
        return Error::invalid(tr("The electronic address %1:%2 is not valid: %3.").arg(s, a.id, what));
    };
    if (s == QLatin1String("0009")) {
        a.id = compact(false);
        if (!IdentifierChecks::siret(a.id))
            return refuse(tr("a SIRET has 14 digits and a valid check digit"));
    } else if (s == QLatin1String("0002")) {
        a.id = compact(false);
        if (!IdentifierChecks::siren(a.id))
            return refuse(tr("a SIREN has 9 digits and a valid check digit"));
    } else if (s == QLatin1String("0208")) {
        a.id = compact(false);
        if (a.id.startsWith(QLatin1String("BE")))
            a.id = a.id.mid(2);
        if (!IdentifierChecks::belgianEnterpriseNumber(a.id))
            return refuse(tr("a Belgian enterprise number has 10 digits and valid check digits"));
    } else if (s == QLatin1String("9925")) {
        a.id = compact(true);
        if (!a.id.startsWith(QLatin1String("BE")) || !IdentifierChecks::belgianEnterpriseNumber(a.id.mid(2)))
            return refuse(tr("a Belgian VAT id is BE and 10 digits with valid check digits"));
    } else if (s == QLatin1String("9930")) {
        a.id = compact(true);
        if (!IdentifierChecks::germanVatId(a.id))
            return refuse(tr("a German VAT id is DE and 9 digits"));
    } else if (s == QLatin1String("9957")) {
        a.id = compact(true);
        if (!IdentifierChecks::frenchVatId(a.id))
            return refuse(tr("a French VAT id is FR, a 2-character key and the 9-digit SIREN, with a matching key"));
    } else if (s == QLatin1String("0204")) {
        a.id = a.id.toUpper();
        if (!IdentifierChecks::leitwegId(a.id))
            return refuse(tr("a Leitweg-ID has the form 04011000-1234512345-06 and valid check digits"));
    } else if (s == QLatin1String("0088")) {
        a.id = compact(false);
        if (!IdentifierChecks::gln(a.id))
            return refuse(tr("a GLN has 13 digits and a valid check digit"));
    } else if (s == QLatin1String("0060")) {
        a.id = compact(false);
        if (a.id.size() != 9 || !IdentifierChecks::allDigits(a.id))
            return refuse(tr("a DUNS number has 9 digits"));
    }
    return a;
}
