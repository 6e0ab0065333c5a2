#include "Currency.h"

#include <QHash>

namespace {
struct CurrencyInfo
{
    int digits;
    const char16_t *symbol;
};

const QHash<QString, CurrencyInfo> &table()
{
    static const QHash<QString, CurrencyInfo> currencies = {
        {QStringLiteral("EUR"), {2, u"€"}}, {QStringLiteral("USD"), {2, u"$"}},
        {QStringLiteral("GBP"), {2, u"£"}}, {QStringLiteral("CHF"), {2, u"CHF"}},
        {QStringLiteral("CAD"), {2, u"CA$"}}, {QStringLiteral("AUD"), {2, u"A$"}},
        {QStringLiteral("SEK"), {2, u"kr"}}, {QStringLiteral("NOK"), {2, u"kr"}},
        {QStringLiteral("DKK"), {2, u"kr."}}, {QStringLiteral("PLN"), {2, u"zł"}},
        {QStringLiteral("CZK"), {2, u"Kč"}}, {QStringLiteral("HUF"), {2, u"Ft"}},
        {QStringLiteral("RON"), {2, u"lei"}}, {QStringLiteral("BGN"), {2, u"лв"}},
        {QStringLiteral("ISK"), {0, u"kr"}}, {QStringLiteral("JPY"), {0, u"¥"}},
        {QStringLiteral("KRW"), {0, u"₩"}}, {QStringLiteral("BHD"), {3, u"BHD"}},
        {QStringLiteral("KWD"), {3, u"KWD"}}, {QStringLiteral("TND"), {3, u"TND"}},
        {QStringLiteral("NZD"), {2, u"NZ$"}}, {QStringLiteral("MAD"), {2, u"MAD"}},
        {QStringLiteral("XOF"), {0, u"CFA"}}, {QStringLiteral("TRY"), {2, u"₺"}},
    };
    return currencies;
}
} // namespace

bool Currency::isKnown(const QString &code)
{
    return table().contains(code);
}

int Currency::minorDigits(const QString &code)
{
    const auto it = table().constFind(code);
    return it == table().constEnd() ? 2 : it->digits;
}

QString Currency::symbol(const QString &code)
{
    const auto it = table().constFind(code);
    return it == table().constEnd() ? code : QString::fromUtf16(it->symbol);
}
