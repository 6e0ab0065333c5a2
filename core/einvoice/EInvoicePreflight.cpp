#include "EInvoicePreflight.h"

#include "EInvoiceCheck.h"

std::optional<EInvoiceProfile> EInvoicePreflight::profileOf(EInvoiceFormat format)
{
    switch (format) {
    case EInvoiceFormat::None:
        return std::nullopt;
    case EInvoiceFormat::En16931Ubl:
        return EInvoiceProfile::en16931Ubl();
    case EInvoiceFormat::En16931Cii:
        return EInvoiceProfile::en16931Cii();
    case EInvoiceFormat::Peppol:
        return EInvoiceProfile::peppolBis3();
    case EInvoiceFormat::XRechnungUbl:
        return EInvoiceProfile::xrechnungUbl();
    case EInvoiceFormat::XRechnungCii:
        return EInvoiceProfile::xrechnungCii();
    case EInvoiceFormat::FacturX:
        return EInvoiceProfile::facturXEn16931();
    }
    return std::nullopt;
}

QStringList EInvoicePreflight::missing(const Document &document, const PartySnapshot &parties,
    const EInvoiceMapper::Credited &credited, EInvoiceFormat format, const QDate &today)
{
    const auto profile = profileOf(format);
    if (!profile)
        return {};
    Document d = document;
    if (d.isDraft()) {
        // What posting will set: the number, the issue and due dates.
        d.number = d.displayName();
        d.issueDate = today;
        d.dueDate = today.addDays(d.paymentTermsDays);
    }
    return EInvoiceCheck::check(EInvoiceMapper::map(d, parties, credited, d.amountPaid), profile.value());
}
