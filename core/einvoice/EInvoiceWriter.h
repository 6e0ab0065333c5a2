#pragma once

#include "EInvoice.h"
#include "EInvoiceProfile.h"

#include <QByteArray>

// The writer of the profile's syntax: UblWriter or CiiWriter.
class EInvoiceWriter
{
public:
    static QByteArray write(const EInvoice &invoice, const EInvoiceProfile &profile);
};
