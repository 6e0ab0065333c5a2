#include "LegalRegistration.h"

#include "IdentifierChecks.h"

#include <QRegularExpression>

QList<LegalRegistration::Scheme> LegalRegistration::schemes()
{
    return {
        {QStringLiteral("0002"), tr("SIREN (France)")},
        {QStringLiteral("0009"), tr("SIRET (France)")},
        {QStringLiteral("0208"), tr("Enterprise number KBO/BCE (Belgium)")},
        {QStringLiteral("HRB"), tr("Handelsregister B (Germany)")},
        {QStringLiteral("HRA"), tr("Handelsregister A (Germany)")},
        {QStringLiteral("0106"), tr("KvK number (Netherlands)")},
        {QStringLiteral("0007"), tr("Organisationsnummer (Sweden)")},
        {QStringLiteral("0037"), tr("Y-tunnus (Finland)")},
        {QStringLiteral("0096"), tr("CVR number (Denmark)")},
        {QStringLiteral("0183"), tr("UID number (Switzerland)")},
        {QStringLiteral("0088"), tr("Global Location Number, GLN")},
        {QStringLiteral("0060"), tr("DUNS number")},
        {QStringLiteral("0199"), tr("Legal Entity Identifier, LEI")},
    };
}

QString LegalRegistration::schemeName(const QString &key)
{
    for (const Scheme &s : schemes())
        if (s.key == key)
            return s.name;
    return {};
}

Result<LegalRegistration> LegalRegistration::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return LegalRegistration();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Error::invalid(tr("The registration \"%1\" needs its scheme and identifier, such as 0009:12345678200010 "
                                 "or HRB:12345.")
                                  .arg(trimmed));
    return validated({trimmed.left(colon), trimmed.mid(colon + 1)});
}

Result<LegalRegistration> LegalRegistration::validated(LegalRegistration r)
{
    r.scheme = r.scheme.trimmed().toUpper();
    r.id = r.id.trimmed();
    if (r.scheme.isEmpty() && r.id.isEmpty())
        return LegalRegistration();
    if (schemeName(r.scheme).isEmpty()) {
        QStringList keys;
        for (const Scheme &s : schemes())
            keys << s.key;
        return Error::invalid(
            tr("Unknown registration scheme \"%1\" (known: %2).").arg(r.scheme, keys.join(QStringLiteral(", "))));
    }
    if (r.id.isEmpty())
        return Error::invalid(tr("The registration of scheme %1 has no identifier.").arg(r.scheme));
    if (r.id.size() > 60)
        return Error::invalid(tr("The registration identifier is too long."));
    QString digits = r.id;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    auto refuse = [&](const QString &what) {
        return Error::invalid(tr("The registration %1:%2 is not valid: %3.").arg(r.scheme, r.id, what));
    };
    if (r.scheme == QLatin1String("0009")) {
        if (!IdentifierChecks::siret(digits))
            return refuse(tr("a SIRET has 14 digits and a valid check digit"));
        r.id = digits;
    } else if (r.scheme == QLatin1String("0002")) {
        if (!IdentifierChecks::siren(digits))
            return refuse(tr("a SIREN has 9 digits and a valid check digit"));
        r.id = digits;
    } else if (r.scheme == QLatin1String("0208")) {
        if (digits.startsWith(QLatin1String("BE"), Qt::CaseInsensitive))
            digits = digits.mid(2);
        if (!IdentifierChecks::belgianEnterpriseNumber(digits))
            return refuse(tr("a Belgian enterprise number has 10 digits and valid check digits"));
        r.id = digits;
    } else if (r.scheme == QLatin1String("0088")) {
        if (!IdentifierChecks::gln(digits))
            return refuse(tr("a GLN has 13 digits and a valid check digit"));
        r.id = digits;
    } else if (r.scheme == QLatin1String("0060")) {
        if (digits.size() != 9 || !IdentifierChecks::allDigits(digits))
            return refuse(tr("a DUNS number has 9 digits"));
        r.id = digits;
    } else if (r.scheme == QLatin1String("HRA") || r.scheme == QLatin1String("HRB")) {
        static const QRegularExpression form(QStringLiteral("^[0-9]{1,6}( ?[A-Z]{1,2})?$"));
        if (!form.match(r.id.toUpper()).hasMatch())
            return refuse(tr("a register number is up to 6 digits, maybe followed by letters (12345 B)"));
        r.id = r.id.toUpper();
    }
    return r;
}
