#include "NumberInput.h"

#include "DecimalText.h"

#include <QList>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

enum class Mark { Dot, Comma, Space, Apostrophe, ArabicDecimal };

struct Token
{
    QString digits; // ASCII digits of one run
    std::optional<Mark> after; // the mark that follows the run, if any
};

bool isSpaceMark(QChar c)
{
    // Space, no-break space, narrow no-break space, thin space, Arabic thousands separator.
    return c.isSpace() || c == QChar(0x066C);
}

std::optional<Mark> markOf(QChar c)
{
    if (c == QLatin1Char('.'))
        return Mark::Dot;
    if (c == QLatin1Char(','))
        return Mark::Comma;
    if (c == QChar(0x066B))
        return Mark::ArabicDecimal;
    if (c == QLatin1Char('\'') || c == QChar(0x2019))
        return Mark::Apostrophe;
    if (isSpaceMark(c))
        return Mark::Space;
    return std::nullopt;
}

// The language's own grouping mark, as a Mark.
std::optional<Mark> localeGroup(const QLocale &locale)
{
    const QString group = locale.groupSeparator();
    if (group.size() != 1)
        return std::nullopt;
    return markOf(group.at(0));
}

std::optional<Mark> localeDecimal(const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (point.size() != 1)
        return std::nullopt;
    return markOf(point.at(0));
}

QString markText(Mark mark)
{
    switch (mark) {
    case Mark::Dot:
        return QStringLiteral(".");
    case Mark::Comma:
        return QStringLiteral(",");
    case Mark::Space:
        return QStringLiteral(" ");
    case Mark::Apostrophe:
        return QStringLiteral("'");
    case Mark::ArabicDecimal:
        return QString(QChar(0x066B));
    }
    return {};
}

} // namespace

Result<qint64> NumberInput::read(const QString &input, const QLocale &locale, const Options &options)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("a number is required"));

    int pos = 0;
    bool negative = false;
    const QChar first = text.at(0);
    const QString minus = locale.negativeSign();
    const QString plus = locale.positiveSign();
    if (first == QLatin1Char('-') || first == QChar(0x2212) || (!minus.isEmpty() && text.startsWith(minus))) {
        negative = true;
        pos = first == QLatin1Char('-') || first == QChar(0x2212) ? 1 : int(minus.size());
    } else if (first == QLatin1Char('+') || (!plus.isEmpty() && text.startsWith(plus))) {
        pos = first == QLatin1Char('+') ? 1 : int(plus.size());
    }
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    if (negative && !options.allowNegative)
        return Error::invalid(tr("“%1” must not be negative").arg(text));

    // Runs of digits and the single marks between them.
    QList<Token> tokens {Token {}};
    bool leadingMark = false;
    for (; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c.isDigit()) {
            tokens.last().digits += QChar(u'0' + c.digitValue());
            continue;
        }
        if (c == QLatin1Char('e') || c == QLatin1Char('E'))
            return Error::invalid(tr("“%1” is written with an exponent: type the number in full").arg(text));
        const auto mark = markOf(c);
        if (!mark)
            return Error::invalid(tr("“%1” is not a number").arg(text));
        if (tokens.last().digits.isEmpty()) {
            if (tokens.size() == 1 && !leadingMark && *mark != Mark::Space && *mark != Mark::Apostrophe) {
                leadingMark = true; // ",5"
                continue;
            }
            return Error::invalid(tr("“%1” is not a number: two separators follow each other").arg(text));
        }
        tokens.last().after = mark;
        tokens.append(Token {});
    }
    if (tokens.last().digits.isEmpty()) {
        if (tokens.size() == 1)
            return Error::invalid(tr("“%1” is not a number").arg(text));
        return Error::invalid(tr("“%1” ends with a separator: type the digits after it or remove it").arg(text));
    }

    QString integerDigits;
    QString fractionDigits;
    if (leadingMark) {
        if (tokens.size() > 1)
            return Error::invalid(tr("“%1” is not a number").arg(text));
        integerDigits = QStringLiteral("0");
        fractionDigits = tokens.first().digits;
    } else {
        // Which mark, if any, is the decimal mark: the last one, when it is "," "." or the Arabic
        // decimal separator, appears once, and cannot be read as a grouping mark.
        const std::optional<Mark> group = localeGroup(locale);
        const std::optional<Mark> point = localeDecimal(locale);
        const int marks = int(tokens.size()) - 1;
        int decimalAt = -1; // index of the token whose `after` is the decimal mark
        if (marks > 0) {
            const Mark last = *tokens.at(marks - 1).after;
            int sameAsLast = 0;
            bool otherKinds = false;
            for (int i = 0; i < marks; ++i) {
                if (*tokens.at(i).after == last)
                    ++sameAsLast;
                else
                    otherKinds = true;
            }
            if (last == Mark::ArabicDecimal) {
                decimalAt = marks - 1;
            } else if ((last == Mark::Dot || last == Mark::Comma) && sameAsLast == 1) {
                const bool threeAfter = tokens.last().digits.size() == 3;
                const QString &head = tokens.first().digits;
                const bool couldGroup = last == group && threeAfter && !otherKinds && head.size() <= 3
                    && !head.startsWith(QLatin1Char('0'));
                if (last == point || !couldGroup) {
                    decimalAt = marks - 1;
                } else if (options.scale == 0) {
                    decimalAt = -1; // a whole-number field: the mark groups
                } else {
                    const QString whole = tokens.first().digits + tokens.last().digits;
                    const QString asDecimal = tokens.first().digits + locale.decimalPoint() + tokens.last().digits;
                    return Error::invalid(tr("“%1” could be %2 (thousands) or %3 (decimals): type %2 or %3")
                                              .arg(text, whole, asDecimal));
                }
            }
        }
        // Every other mark groups digits: all of one kind, the language's own or a space, by three.
        const int groupMarks = decimalAt >= 0 ? decimalAt : marks;
        for (int k = 0; k <= groupMarks; ++k)
            integerDigits += tokens.at(k).digits;
        const QString suggestion = decimalAt >= 0
            ? integerDigits + locale.decimalPoint() + tokens.last().digits
            : integerDigits;
        if (groupMarks > 0) {
            const Mark kind = *tokens.first().after;
            for (int i = 1; i < groupMarks; ++i) {
                if (*tokens.at(i).after != kind)
                    return Error::invalid(tr("“%1” mixes separators: type %2").arg(text, suggestion));
            }
            if (kind != Mark::Space && kind != group)
                return Error::invalid(tr("“%1”: “%2” does not separate thousands in this language; type %3")
                                          .arg(text, markText(kind), suggestion));
            bool byThree = tokens.first().digits.size() <= 3;
            for (int k = 1; k <= groupMarks; ++k)
                byThree = byThree && tokens.at(k).digits.size() == 3;
            if (!byThree)
                return Error::invalid(tr("“%1”: thousands are separated in groups of three digits; type %2")
                                          .arg(text, suggestion));
        }
        if (decimalAt >= 0)
            fractionDigits = tokens.last().digits;
    }

    // Decimals beyond the field's: zeros are exact, anything else is refused.
    QString fraction = fractionDigits;
    while (fraction.size() > options.scale && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > options.scale)
        return Error::invalid(options.scale == 0
                                  ? tr("“%1” must be a whole number").arg(text)
                                  : tr("“%1” has more than %n decimal(s)", nullptr, options.scale).arg(text));

    DecimalText::Options plain;
    plain.scale = options.scale;
    plain.allowNegative = true;
    // A typed "-0" is 0 here (the window's rule); DecimalText refuses it in files and commands.
    const QString digits = integerDigits + fraction;
    const bool zero = std::all_of(digits.begin(), digits.end(), [](QChar c) { return c == QLatin1Char('0'); });
    const QString normalized = (negative && !zero ? QStringLiteral("-") : QString()) + integerDigits
        + (fraction.isEmpty() ? QString() : QStringLiteral(".") + fraction);
    auto value = DecimalText::parse(normalized, plain);
    const qint64 limit = options.maxAbsScaled > 0 ? options.maxAbsScaled : std::numeric_limits<qint64>::max();
    if (!value || value.value() > limit || value.value() < -limit)
        return Error::invalid(tr("“%1” is too large").arg(text));
    return value.value();
}
