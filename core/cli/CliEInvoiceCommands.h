#pragma once

#include "CliSession.h"

// E-invoices of posted documents through EInvoiceService (archived the first time, each export
// an audit event), and the check of a document (a draft too) for a format:
//   invoice einvoice NUMBER|ID [--format F] --out FILE   (default: the customer's preferred format)
//   credit-note einvoice NUMBER|ID [--format F] --out FILE
//   invoice einvoice --month YYYY-MM --out DIR [--format F]   (invoices and credit notes; exit 1
//       when any was refused, each refusal listed)
//   invoice einvoice-check NUMBER|DRAFT_ID [--format F]   (exit 1 with the list of what is missing)
// F: ubl, cii, peppol, xrechnung-ubl, xrechnung-cii or facturx (en16931-ubl and en16931-cii too).
namespace CliEInvoiceCommands {
Status einvoice(CliSession &s, DocumentType type);
Status check(CliSession &s);
} // namespace CliEInvoiceCommands
