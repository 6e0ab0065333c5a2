#include "MatchNumberReferenceLookup.h"

namespace {
// The ISO 7064 mod 97 of text whose letters count as 10 (A) to 35 (Z); -1 for other characters.
int mod97(const QString &text)
{
    int rest = 0;
    for (const QChar c : text) {
        int value = 0;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            value = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A' + 10;
        else
            return -1;
        rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
    }
    return rest;
}
} // namespace

MatchNumberReferenceLookup::MatchNumberReferenceLookup(const QList<OpenInvoice> &invoices)
{
    m_byBody.reserve(invoices.size());
    for (const OpenInvoice &o : invoices)
        m_byBody.insert(compactNumber(o.number), o.id);
}

QString MatchNumberReferenceLookup::compactNumber(const QString &number)
{
    QString out;
    for (const QChar c : number.toUpper())
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            out += c;
    return out;
}

bool MatchNumberReferenceLookup::validCreditorReference(const QString &reference)
{
    if (reference.size() < 5 || reference.size() > 25 || !reference.startsWith(QLatin1String("RF")))
        return false;
    return mod97(reference.mid(4) + reference.left(4)) == 1;
}

QString MatchNumberReferenceLookup::creditorReference(const QString &body)
{
    const int rest = mod97(body + QStringLiteral("RF00"));
    if (rest < 0)
        return {};
    return QStringLiteral("RF%1").arg(98 - rest, 2, 10, QLatin1Char('0')) + body;
}

qint64 MatchNumberReferenceLookup::invoiceFor(const QString &reference) const
{
    if (!validCreditorReference(reference))
        return 0;
    return m_byBody.value(reference.mid(4), 0);
}
