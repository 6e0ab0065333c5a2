#pragma once

#include "CliSession.h"

// What really arrived (over-payments kept as credit, write-offs, one payment across invoices) and
// SEPA direct debit: mandate, direct-debit, invoice write-off, payment refund-credit, settings payments.
namespace CliMoneyInCommands {
Status mandate(CliSession &s);
Status directDebit(CliSession &s);
Status writeOff(CliSession &s); // invoice write-off NUMBER [--reason T]
Status spreadPayment(CliSession &s); // payment add --customer ID --amount A [--invoices ...]
Status refundCredit(CliSession &s); // payment refund-credit CUSTOMER --amount A ...
Status settingsPayments(CliSession &s); // settings payments [--write-off-limit A]
Status creditorIdOption(CliSession &s); // settings company --creditor-id ID
// The customer's credit and mandates for `customer show`.
Result<QJsonObject> customerExtras(CliSession &s, qint64 customerId);
} // namespace CliMoneyInCommands
