#pragma once

#include "CliSession.h"

// customer add|edit|list|show, settings company, and the seller options `init` shares.
namespace CliPartyCommands {
Status customer(CliSession &s);
Status settingsCompany(CliSession &s);

// The options of the seller's party data (address fields, registration, endpoint, contact).
QStringList sellerOptions();
// Applies the seller options given on the command line to c (only those given).
Status applySellerOptions(const CliArguments &args, CompanySettings &c);
} // namespace CliPartyCommands
