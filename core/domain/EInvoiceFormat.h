#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The e-invoice a customer wants, as stored (customers.einvoice_format).
enum class EInvoiceFormat {
    None,
    En16931Ubl,
    En16931Cii,
    Peppol,
    XRechnungUbl,
    XRechnungCii,
    FacturX,
};

namespace EInvoiceFormats {
QString key(EInvoiceFormat format); // "none", "en16931-ubl", …
std::optional<EInvoiceFormat> fromKey(const QString &key);
QStringList keys();
} // namespace EInvoiceFormats
