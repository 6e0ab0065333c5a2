#pragma once

#include "Document.h"
#include "EInvoiceFormat.h"
#include "EInvoiceMapper.h"
#include "EInvoiceProfile.h"

#include <QStringList>

#include <optional>

// The e-invoice check of a document before it is posted or exported: the document mapped
// (EInvoiceMapper) and EInvoiceCheck run for the profile of a stored format. A draft stands in
// the number and the dates posting gives it, so only what the clerk can fill is named.
namespace EInvoicePreflight {
// The profile of a customer's format; nullopt for EInvoiceFormat::None.
std::optional<EInvoiceProfile> profileOf(EInvoiceFormat format);
// What the document lacks for the format, in the user's words; empty: writable.
QStringList missing(const Document &document, const PartySnapshot &parties, const EInvoiceMapper::Credited &credited,
    EInvoiceFormat format, const QDate &today);
} // namespace EInvoicePreflight
