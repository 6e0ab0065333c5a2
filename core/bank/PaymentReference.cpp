#include "PaymentReference.h"

#include "BelgianReference.h"
#include "CreditorReference.h"

#include <QRegularExpression>

QString PaymentReference::printed() const
{
    return kind == Kind::Creditor ? CreditorReference::printed(text) : BelgianReference::printed(text);
}

QString PaymentReference::kindKey(Kind kind)
{
    return kind == Kind::Belgian ? QStringLiteral("be") : QStringLiteral("rf");
}

std::optional<PaymentReference::Kind> PaymentReference::kindFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("rf"))
        return Kind::Creditor;
    if (k == QLatin1String("be"))
        return Kind::Belgian;
    return std::nullopt;
}

std::optional<PaymentReference> PaymentReference::parse(const QString &input)
{
    QString compact;
    for (const QChar c : input)
        if (!c.isSpace())
            compact += c.toUpper();
    if (compact.startsWith(QLatin1String("RF"))) {
        if (CreditorReference::isValid(compact))
            return PaymentReference {Kind::Creditor, compact};
        return std::nullopt;
    }
    for (const QLatin1String frame : {QLatin1String("+++"), QLatin1String("***")}) {
        if (compact.startsWith(frame) != compact.endsWith(frame))
            return std::nullopt;
        if (compact.size() > 6 && compact.startsWith(frame))
            compact = compact.mid(3, compact.size() - 6);
    }
    static const QRegularExpression belgian(QStringLiteral("^(\\d{3})/?(\\d{4})/?(\\d{5})$"));
    const auto match = belgian.match(compact);
    if (!match.hasMatch())
        return std::nullopt;
    const QString digits = match.captured(1) + match.captured(2) + match.captured(3);
    if (!BelgianReference::isValid(digits))
        return std::nullopt;
    return PaymentReference {Kind::Belgian, digits};
}

QList<PaymentReference> PaymentReference::findIn(const QString &text)
{
    struct Found
    {
        qsizetype at;
        PaymentReference reference;
    };
    QList<Found> found;
    // Creditor references: "RF", two digits, then up to 21 letters and digits, single spaces
    // allowed between them. The longest candidate that ends at a word's end and whose check
    // digits match wins.
    static const QRegularExpression creditor(QStringLiteral("(?<![A-Za-z0-9])[Rr][Ff]\\d\\d(?: ?[A-Za-z0-9]){1,21}"));
    for (auto it = creditor.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString candidate = m.captured(0);
        while (candidate.size() > 4) {
            const qsizetype end = m.capturedStart(0) + candidate.size();
            const bool wordEnd = end >= text.size() || !text.at(end).isLetterOrNumber();
            if (wordEnd) {
                if (auto parsed = parse(candidate)) {
                    found.append({m.capturedStart(0), parsed.value()});
                    break;
                }
            }
            candidate.chop(1);
            while (candidate.endsWith(QLatin1Char(' ')))
                candidate.chop(1);
        }
    }
    // Belgian communications: framed, slashed or twelve digits standing alone.
    static const QRegularExpression belgian(QStringLiteral(
        "(?:[+*]{3}\\s*\\d{3}\\s*/\\s*\\d{4}\\s*/\\s*\\d{5}\\s*[+*]{3})|(?<![\\d/])\\d{3}/\\d{4}/\\d{5}(?![\\d/])"
        "|(?<![\\d/])\\d{12}(?![\\d/])"));
    for (auto it = belgian.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString candidate = m.captured(0);
        candidate.replace(QLatin1Char('*'), QLatin1Char('+'));
        if (auto parsed = parse(candidate))
            found.append({m.capturedStart(0), parsed.value()});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
    QList<PaymentReference> out;
    for (const Found &f : found)
        if (!out.contains(f.reference))
            out.append(f.reference);
    return out;
}

std::optional<PaymentReference> PaymentReference::forInvoice(Kind kind, const QString &number, qint64 documentId,
                                                             int attempt)
{
    if (attempt < 0)
        return std::nullopt;
    if (kind == Kind::Creditor) {
        QString body;
        if (attempt == 0) {
            for (const QChar c : number) {
                const QChar u = c.toUpper();
                if ((u >= QLatin1Char('A') && u <= QLatin1Char('Z')) || (u >= QLatin1Char('0') && u <= QLatin1Char('9')))
                    body += u;
            }
        } else {
            body = QLatin1Char('D') + QString::number(documentId);
            if (attempt >= 2)
                body += QLatin1Char('N') + QString::number(attempt);
        }
        auto made = CreditorReference::make(body);
        if (!made)
            return std::nullopt;
        return PaymentReference {Kind::Creditor, made.value()};
    }
    QString digits;
    if (attempt == 0) {
        for (const QChar c : number)
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                digits += c;
    } else {
        digits = QString::number(documentId);
        if (attempt >= 2)
            digits += QString::number(attempt);
    }
    if (digits.isEmpty() || digits.size() > 10 || documentId < 0)
        return std::nullopt;
    auto made = BelgianReference::make(digits.rightJustified(10, QLatin1Char('0')));
    if (!made)
        return std::nullopt;
    return PaymentReference {Kind::Belgian, made.value()};
}
