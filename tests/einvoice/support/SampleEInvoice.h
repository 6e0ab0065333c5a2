#pragma once

#include "EInvoice.h"

// Two fixed, complete documents (the golden files and the refusal table start from them):
// a service invoice with a discount, three VAT rates and a SEPA credit transfer, and the
// credit note of part of it.
namespace SampleEInvoice {
EInvoice invoice();
EInvoice creditNote();
} // namespace SampleEInvoice
