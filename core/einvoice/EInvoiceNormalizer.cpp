#include "EInvoiceNormalizer.h"

namespace {
// Trimmed, and without the characters XML 1.0 cannot carry (control characters other than
// tab and line breaks, lone surrogates, U+FFFE/U+FFFF): a file must always parse.
void trim(QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed
            = u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u < 0xFFFE);
        if (allowed)
            clean += c;
    }
    text = clean.trimmed();
}
void trim(EInvoiceIdentifier &id)
{
    trim(id.id);
    trim(id.scheme);
}
void trim(EInvoiceAddress &a)
{
    for (QString *field : {&a.line1, &a.line2, &a.line3, &a.city, &a.postcode, &a.subdivision, &a.country})
        trim(*field);
}
void trim(EInvoiceParty &p)
{
    for (QString *field : {&p.name, &p.tradingName, &p.vatId, &p.contact.name, &p.contact.phone, &p.contact.email})
        trim(*field);
    trim(p.identifier);
    trim(p.legalId);
    trim(p.endpoint);
    trim(p.address);
}
void trim(EInvoiceAllowanceCharge &ac)
{
    for (QString *field : {&ac.reason, &ac.reasonCode, &ac.vatCategory})
        trim(*field);
}
} // namespace

EInvoice EInvoiceNormalizer::trimmed(EInvoice inv)
{
    for (QString *field : {&inv.number, &inv.currency, &inv.buyerReference, &inv.orderReference, &inv.paymentTerms,
             &inv.precedingNumber, &inv.delivery.partyName})
        trim(*field);
    QStringList notes;
    for (QString note : std::as_const(inv.notes)) {
        trim(note);
        if (!note.isEmpty())
            notes << note;
    }
    inv.notes = notes;
    trim(inv.seller);
    trim(inv.buyer);
    trim(inv.delivery.address);
    EInvoicePayment &p = inv.payment;
    for (QString *field : {&p.meansCode, &p.remittance, &p.iban, &p.accountName, &p.bic, &p.cardNumber, &p.cardHolder,
             &p.cardNetwork, &p.mandateId, &p.creditorId, &p.debitedAccount})
        trim(*field);
    for (EInvoiceAllowanceCharge &ac : inv.allowanceCharges)
        trim(ac);
    for (EInvoiceLine &line : inv.lines) {
        for (QString *field : {&line.id, &line.note, &line.unitCode, &line.itemName, &line.description,
                 &line.sellerItemId, &line.vatCategory})
            trim(*field);
        for (EInvoiceAllowanceCharge &ac : line.allowanceCharges)
            trim(ac);
    }
    for (EInvoiceVatBreakdown &row : inv.vat) {
        trim(row.category);
        trim(row.exemptionReason);
        trim(row.exemptionCode);
    }
    return inv;
}
