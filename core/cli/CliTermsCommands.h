#pragma once

#include "CliSession.h"

// settings invoices [--late-payment-mentions yes|no] [--late-interest-rate PCT|statutory]
//     [--recovery-indemnity AMOUNT] [--early-payment-discount PCT|none] [--technician-on-lines yes|no]
// The company's payment mentions and service-order wording; without options, shows them.
namespace CliTermsCommands {
Status settings(CliSession &s);
} // namespace CliTermsCommands
