#include "EInvoiceFormat.h"

#include <iterator>

namespace {
struct Entry
{
    EInvoiceFormat format;
    const char *key;
};
const Entry Entries[] = {
    {EInvoiceFormat::None, "none"},
    {EInvoiceFormat::En16931Ubl, "en16931-ubl"},
    {EInvoiceFormat::En16931Cii, "en16931-cii"},
    {EInvoiceFormat::Peppol, "peppol"},
    {EInvoiceFormat::XRechnungUbl, "xrechnung-ubl"},
    {EInvoiceFormat::XRechnungCii, "xrechnung-cii"},
    {EInvoiceFormat::FacturX, "facturx"},
};
} // namespace

QString EInvoiceFormats::key(EInvoiceFormat format)
{
    for (const Entry &e : Entries)
        if (e.format == format)
            return QString::fromLatin1(e.key);
    return QStringLiteral("none");
}

std::optional<EInvoiceFormat> EInvoiceFormats::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty())
        return EInvoiceFormat::None;
    for (const Entry &e : Entries)
        if (k == QLatin1String(e.key))
            return e.format;
    return std::nullopt;
}

QStringList EInvoiceFormats::keys()
{
    QStringList list;
    for (const Entry &e : Entries)
        list << QString::fromLatin1(e.key);
    return list;
}
