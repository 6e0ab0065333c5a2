#pragma once

#include "EInvoice.h"

// The model as the writers put it in a file: every text trimmed and cleared of the characters
// XML cannot hold, blank notes dropped, so that a value made of spaces is left out instead of
// becoming an empty element (PEPPOL-EN16931-R008) or an empty group.
namespace EInvoiceNormalizer {
EInvoice trimmed(EInvoice invoice);
}
