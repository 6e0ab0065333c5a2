#include "VatId.h"

#include <QRegularExpression>

namespace {
int digit(const QString &text, qsizetype i)
{
    return text.at(i).unicode() - '0';
}

// Remainder of a long decimal text (letters as 10..35) divided by `modulus`.
int remainder(const QString &text, int modulus)
{
    int r = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            r = (r * 10 + (c.unicode() - '0')) % modulus;
        else
            r = (r * 100 + (c.unicode() - 'A' + 10)) % modulus;
    }
    return r;
}

bool frenchKeyMatches(const QString &n)
{
    if (!n.left(2).at(0).isDigit() || !n.at(1).isDigit())
        return true; // letter keys (new entities) have no published arithmetic: form only
    const int siren = n.mid(2).toInt();
    return n.left(2).toInt() == VatId::frenchKey(siren);
}

bool germanMod11(const QString &n)
{
    int product = 10;
    for (int i = 0; i < 8; ++i) {
        int sum = (digit(n, i) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (2 * sum) % 11;
    }
    int check = 11 - product;
    if (check == 10)
        check = 0;
    return check == digit(n, 8);
}

bool belgianMod97(const QString &n)
{
    return 97 - n.left(8).toInt() % 97 == n.mid(8).toInt();
}

bool dutch(const QString &n)
{
    // 2020 form (sole proprietors): "NL" + the id, letters as numbers, is 1 mod 97.
    if (remainder(QStringLiteral("NL") + n, 97) == 1)
        return true;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(n, i) * (9 - i);
    return sum % 11 == digit(n, 8);
}

bool luhn(const QString &n)
{
    int sum = 0;
    for (qsizetype i = 0; i < n.size(); ++i) {
        int d = digit(n, n.size() - 1 - i);
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

bool luxembourgMod89(const QString &n)
{
    return n.left(6).toInt() % 89 == n.mid(6).toInt();
}

bool austrian(const QString &n) // "U" + 8 digits
{
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        const int d = digit(n, i + 1) * (i % 2 == 1 ? 2 : 1);
        sum += d / 10 + d % 10;
    }
    return (10 - (sum + 4) % 10) % 10 == digit(n, 8);
}

bool spanish(const QString &n)
{
    static const QString personal = QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE");
    const QChar first = n.at(0);
    const QChar last = n.at(8);
    if (first.isDigit()) // NIF: 8 digits + letter
        return personal.at(n.left(8).toInt() % 23) == last;
    if (first == QLatin1Char('X') || first == QLatin1Char('Y') || first == QLatin1Char('Z')) { // NIE
        const int prefix = first.unicode() - 'X';
        return personal.at((prefix * 10000000 + n.mid(1, 7).toInt()) % 23) == last;
    }
    // CIF (legal entities) and K/L/M: digits at odd places doubled (digit sum), even ones added.
    int sum = 0;
    for (int i = 1; i <= 7; ++i) {
        const int d = digit(n, i);
        if (i % 2 == 1)
            sum += (2 * d) / 10 + (2 * d) % 10;
        else
            sum += d;
    }
    const int control = (10 - sum % 10) % 10;
    return last == QLatin1Char(char('0' + control)) || last == QLatin1Char("JABCDEFGHI"[control]);
}

struct Rule
{
    const char *prefix;
    const char *pattern; // the part after the prefix
    const char *shape; // the pattern in words (translated at use)
    bool (*check)(const QString &);
    const char *why; // the check-digit rule in words
};

const Rule rules[] = {
    {"AT", "U\\d{8}", QT_TRANSLATE_NOOP("VatId", "the letter U and 8 digits"), austrian,
        QT_TRANSLATE_NOOP("VatId", "its last digit is the weighted check digit of the seven before it")},
    {"BE", "[01]\\d{9}", QT_TRANSLATE_NOOP("VatId", "10 digits starting with 0 or 1"), belgianMod97,
        QT_TRANSLATE_NOOP("VatId", "its last two digits must be 97 minus the first eight modulo 97")},
    {"BG", "\\d{9,10}", QT_TRANSLATE_NOOP("VatId", "9 or 10 digits"), nullptr, nullptr},
    {"CY", "\\d{8}[A-Z]", QT_TRANSLATE_NOOP("VatId", "8 digits and a letter"), nullptr, nullptr},
    {"CZ", "\\d{8,10}", QT_TRANSLATE_NOOP("VatId", "8 to 10 digits"), nullptr, nullptr},
    {"DE", "[1-9]\\d{8}", QT_TRANSLATE_NOOP("VatId", "9 digits, the first not 0"), germanMod11,
        QT_TRANSLATE_NOOP("VatId", "its last digit is the ISO 7064 MOD 11,10 check digit of the first eight")},
    {"DK", "\\d{8}", QT_TRANSLATE_NOOP("VatId", "8 digits"), nullptr, nullptr},
    {"EE", "\\d{9}", QT_TRANSLATE_NOOP("VatId", "9 digits"), nullptr, nullptr},
    {"EL", "\\d{9}", QT_TRANSLATE_NOOP("VatId", "9 digits"), nullptr, nullptr},
    {"ES", "[0-9A-Z]\\d{7}[0-9A-Z]",
        QT_TRANSLATE_NOOP("VatId", "9 characters: a letter or digit, 7 digits and a control letter or digit"), spanish,
        QT_TRANSLATE_NOOP("VatId", "its last character is the control character of the other eight")},
    {"FI", "\\d{8}", QT_TRANSLATE_NOOP("VatId", "8 digits"), nullptr, nullptr},
    {"FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", QT_TRANSLATE_NOOP("VatId", "a 2-character key and the 9 digits of the SIREN"),
        frenchKeyMatches, nullptr},
    {"HR", "\\d{11}", QT_TRANSLATE_NOOP("VatId", "11 digits"), nullptr, nullptr},
    {"HU", "\\d{8}", QT_TRANSLATE_NOOP("VatId", "8 digits"), nullptr, nullptr},
    {"IE", "\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W]",
        QT_TRANSLATE_NOOP("VatId", "7 digits and one or two letters (or the older 8-character form)"), nullptr,
        nullptr},
    {"IT", "\\d{11}", QT_TRANSLATE_NOOP("VatId", "11 digits"), luhn,
        QT_TRANSLATE_NOOP("VatId", "its last digit is the Luhn check digit of the first ten")},
    {"LT", "\\d{9}|\\d{12}", QT_TRANSLATE_NOOP("VatId", "9 or 12 digits"), nullptr, nullptr},
    {"LU", "\\d{8}", QT_TRANSLATE_NOOP("VatId", "8 digits"), luxembourgMod89,
        QT_TRANSLATE_NOOP("VatId", "its last two digits must be the first six modulo 89")},
    {"LV", "\\d{11}", QT_TRANSLATE_NOOP("VatId", "11 digits"), nullptr, nullptr},
    {"MT", "\\d{8}", QT_TRANSLATE_NOOP("VatId", "8 digits"), nullptr, nullptr},
    {"NL", "\\d{9}B\\d{2}", QT_TRANSLATE_NOOP("VatId", "9 digits, the letter B and 2 digits"), dutch,
        QT_TRANSLATE_NOOP("VatId",
            "its ninth digit must be the weighted sum of the first eight modulo 11 (or the whole id 1 modulo 97)")},
    {"PL", "\\d{10}", QT_TRANSLATE_NOOP("VatId", "10 digits"), nullptr, nullptr},
    {"PT", "\\d{9}", QT_TRANSLATE_NOOP("VatId", "9 digits"), nullptr, nullptr},
    {"RO", "[1-9]\\d{1,9}", QT_TRANSLATE_NOOP("VatId", "2 to 10 digits, the first not 0"), nullptr, nullptr},
    {"SE", "\\d{10}01", QT_TRANSLATE_NOOP("VatId", "12 digits ending in 01"), nullptr, nullptr},
    {"SI", "[1-9]\\d{7}", QT_TRANSLATE_NOOP("VatId", "8 digits, the first not 0"), nullptr, nullptr},
    {"SK", "\\d{10}", QT_TRANSLATE_NOOP("VatId", "10 digits"), nullptr, nullptr},
    {"XI", "\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}", QT_TRANSLATE_NOOP("VatId", "9 or 12 digits, or GD or HA and 3 digits"),
        nullptr, nullptr},
};

const Rule *ruleFor(const QString &prefix)
{
    for (const Rule &rule : rules)
        if (prefix == QLatin1String(rule.prefix))
            return &rule;
    return nullptr;
}
} // namespace

QString VatId::normalized(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            out += c.toUpper();
    return out;
}

bool VatId::isEuPrefix(const QString &prefix)
{
    return ruleFor(prefix.toUpper()) != nullptr;
}

Status VatId::check(const QString &text)
{
    const QString id = normalized(text);
    static const QRegularExpression general(QStringLiteral("^[A-Z]{2}[0-9A-Z+*]{2,16}$"));
    if (!general.match(id).hasMatch())
        return Error::invalid(
            tr("The VAT id \"%1\" is not valid: it starts with the two letters of its country (FR, DE, …) followed "
               "by 2 to 16 letters or digits.")
                .arg(text.trimmed()));
    const QString prefix = id.left(2);
    const QString number = id.mid(2);
    if (prefix == QLatin1String("GR"))
        return Error::invalid(tr("The VAT id %1 is not valid: Greek VAT ids start with EL, not GR.").arg(id));
    const Rule *rule = ruleFor(prefix);
    if (!rule)
        return {}; // outside the EU: taken as given
    const QRegularExpression form(QStringLiteral("^(?:%1)$").arg(QLatin1String(rule->pattern)));
    if (!form.match(number).hasMatch())
        return Error::invalid(tr("The VAT id %1 is not valid: a %2 VAT id has %3.").arg(id, prefix, tr(rule->shape)));
    if (!rule->check || rule->check(number))
        return {};
    const QString why = prefix == QLatin1String("FR")
        ? tr("its key must be (12 + 3 × (SIREN mod 97)) mod 97, %1 for SIREN %2")
              .arg(VatId::frenchKey(number.mid(2).toLongLong()), 2, 10, QLatin1Char('0'))
              .arg(number.mid(2))
        : tr(rule->why);
    return Error::invalid(tr("The VAT id %1 is not valid: its check digits do not match (%2).").arg(id, why));
}
