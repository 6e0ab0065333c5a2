#pragma once

#include "CliSession.h"

// contract and contracts verbs: maintenance contracts and their since-last-run.
namespace CliContractCommands {
Status contract(CliSession &s);
Status contracts(CliSession &s);
} // namespace CliContractCommands
