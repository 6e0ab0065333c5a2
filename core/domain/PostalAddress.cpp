#include "PostalAddress.h"

#include "CountryCodes.h"

#include <QHash>
#include <QRegularExpression>

namespace {
struct PostcodeForm
{
    const char *country;
    const char *pattern;
};
// Countries whose postcode form is known well enough to split "postcode city" with confidence.
const PostcodeForm PostcodeForms[] = {
    {"FR", "[0-9]{5}"},
    {"DE", "[0-9]{5}"},
    {"BE", "[1-9][0-9]{3}"},
    {"LU", "[0-9]{4}"},
    {"AT", "[1-9][0-9]{3}"},
    {"CH", "[1-9][0-9]{3}"},
    {"IT", "[0-9]{5}"},
    {"ES", "[0-9]{5}"},
    {"MC", "980[0-9]{2}"},
    {"NL", "[1-9][0-9]{3} ?[A-Z]{2}"},
    {"PT", "[0-9]{4}-[0-9]{3}"},
    {"DK", "[0-9]{4}"},
    {"FI", "[0-9]{5}"},
    {"PL", "[0-9]{2}-[0-9]{3}"},
};
struct Prefix
{
    const char *prefix;
    const char *country;
};
// The old European way of writing the country before the postcode.
const Prefix Prefixes[] = {{"D", "DE"}, {"F", "FR"}, {"B", "BE"}, {"L", "LU"}, {"A", "AT"}, {"CH", "CH"}, {"I", "IT"},
    {"E", "ES"}, {"NL", "NL"}, {"P", "PT"}, {"DK", "DK"}, {"FIN", "FI"}, {"PL", "PL"}, {"MC", "MC"}};

QString postcodePattern(const QString &country)
{
    for (const PostcodeForm &f : PostcodeForms)
        if (country == QLatin1String(f.country))
            return QString::fromLatin1(f.pattern);
    return {};
}

// The postcode forms compiled once (anchored).
const QRegularExpression *postcodeForm(const QString &country)
{
    static const QHash<QString, QRegularExpression> forms = [] {
        QHash<QString, QRegularExpression> map;
        for (const PostcodeForm &f : PostcodeForms)
            map.insert(QString::fromLatin1(f.country),
                QRegularExpression(QStringLiteral("^(?:%1)$").arg(QString::fromLatin1(f.pattern))));
        return map;
    }();
    const auto it = forms.constFind(country);
    return it == forms.constEnd() ? nullptr : &*it;
}

QString prefixCountry(const QString &prefix)
{
    for (const Prefix &p : Prefixes)
        if (prefix == QLatin1String(p.prefix))
            return QString::fromLatin1(p.country);
    return {};
}

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}
} // namespace

bool PostalAddress::isStructured() const
{
    return !line1.isEmpty() || !line2.isEmpty() || !line3.isEmpty() || !postcode.isEmpty() || !city.isEmpty()
        || !subdivision.isEmpty() || !countryCode.isEmpty();
}

QStringList PostalAddress::lines() const
{
    QStringList out;
    for (const QString &line : {line1, line2, line3})
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    const QString code = postcode.isEmpty() ? QString() : postcodePrefix + postcode;
    const QString locality = QStringList {code, city}.join(QLatin1Char(' ')).trimmed();
    if (!locality.isEmpty())
        out << locality;
    if (!subdivision.trimmed().isEmpty())
        out << subdivision.trimmed();
    if (!countryLine.trimmed().isEmpty())
        out << countryLine.trimmed();
    return out;
}

QStringList PostalAddress::printedLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

Result<PostalAddress> PostalAddress::validated(PostalAddress a)
{
    struct Field
    {
        QString *value;
        QString name;
        int max;
    };
    const Field fields[] = {
        {&a.line1, tr("address line 1"), 200},
        {&a.line2, tr("address line 2"), 200},
        {&a.line3, tr("address line 3"), 200},
        {&a.postcode, tr("postcode"), 20},
        {&a.city, tr("city"), 100},
        {&a.subdivision, tr("country subdivision"), 100},
        {&a.countryLine, tr("country line"), 100},
        {&a.postcodePrefix, tr("postcode prefix"), 4},
    };
    for (const Field &f : fields) {
        *f.value = f.value->trimmed();
        if (hasLineBreak(*f.value))
            return Error::invalid(tr("The %1 is one line.").arg(f.name));
        if (f.value->size() > f.max)
            return Error::invalid(tr("The %1 is too long (at most %2 characters).").arg(f.name).arg(f.max));
    }
    a.countryCode = a.countryCode.trimmed().toUpper();
    if (!a.countryCode.isEmpty() && !CountryCodes::isKnown(a.countryCode))
        return Error::invalid(
            tr("\"%1\" is not an ISO 3166-1 country code (such as FR, DE or BE).").arg(a.countryCode));
    if (a.line1.isEmpty() && (!a.line2.isEmpty() || !a.line3.isEmpty())) {
        a.line1 = a.line2.isEmpty() ? a.line3 : a.line2;
        a.line2 = a.line2.isEmpty() ? QString() : a.line3;
        a.line3.clear();
    }
    if (a.isStructured()) {
        if (a.countryCode.isEmpty())
            return Error::invalid(tr("The address needs its country (an ISO 3166-1 code such as FR, DE or BE)."));
        const QRegularExpression *form = postcodeForm(a.countryCode);
        if (!a.postcode.isEmpty() && form && !form->match(a.postcode).hasMatch())
            return Error::invalid(
                tr("\"%1\" is not a postcode of %2.").arg(a.postcode, CountryCodes::englishName(a.countryCode)));
        a.toReview = false;
    }
    return a;
}

std::optional<PostalAddress> PostalAddress::split(const QString &text, const QString &countryHint)
{
    QStringList lines = printedLines(text);
    if (lines.size() < 2)
        return std::nullopt;
    PostalAddress a;
    const QString named = CountryCodes::fromName(lines.last());
    if (!named.isEmpty()) {
        a.countryLine = lines.takeLast();
        a.countryCode = named;
    }
    if (lines.size() < 2 || lines.size() > 4)
        return std::nullopt;
    QString locality = lines.last();
    static const QRegularExpression prefixed(QStringLiteral("^([A-Z]{1,3})-(?=[0-9])"));
    const QRegularExpressionMatch prefix = prefixed.match(locality);
    if (prefix.hasMatch()) {
        const QString byPrefix = prefixCountry(prefix.captured(1));
        if (byPrefix.isEmpty() || (!a.countryCode.isEmpty() && a.countryCode != byPrefix))
            return std::nullopt;
        a.countryCode = byPrefix;
        a.postcodePrefix = prefix.captured(0);
        locality = locality.mid(prefix.capturedLength(0));
    }
    if (a.countryCode.isEmpty())
        a.countryCode = countryHint;
    const QString pattern = postcodePattern(a.countryCode);
    if (pattern.isEmpty())
        return std::nullopt;
    const QRegularExpression form(QStringLiteral("^(%1) (\\p{L}[\\p{L}\\p{M}0-9 .,'\u2019()/-]*)$").arg(pattern));
    const QRegularExpressionMatch m = form.match(locality);
    if (!m.hasMatch())
        return std::nullopt;
    a.postcode = m.captured(1);
    a.city = m.captured(2);
    lines.removeLast();
    a.line1 = lines.value(0);
    a.line2 = lines.value(1);
    a.line3 = lines.value(2);
    // Confidence: the structured address prints exactly the lines that were typed.
    if (a.lines() != printedLines(text))
        return std::nullopt;
    return a;
}

void PostalAddress::reconcile(QString &text, PostalAddress &address, const QString &countryHint)
{
    if (address.isStructured() && (text.trimmed().isEmpty() || printedLines(text) == address.lines())) {
        text = address.text();
        address.toReview = false;
        return;
    }
    if (text.trimmed().isEmpty()) {
        address = PostalAddress();
        return;
    }
    if (auto parsed = split(text, countryHint)) {
        address = *parsed;
        return;
    }
    address = PostalAddress();
    address.toReview = true;
}
