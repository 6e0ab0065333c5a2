#include "EInvoiceWriter.h"

#include "CiiWriter.h"
#include "UblWriter.h"

QByteArray EInvoiceWriter::write(const EInvoice &invoice, const EInvoiceProfile &profile)
{
    if (profile.syntax == EInvoiceProfile::Syntax::Ubl)
        return UblWriter(profile).write(invoice);
    return CiiWriter(profile).write(invoice);
}
