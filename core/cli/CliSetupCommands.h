#pragma once

#include "CliSession.h"

// init, demo, journal, audit, user, check (customer: CliPartyCommands).
namespace CliSetupCommands {
Status init(CliSession &s);
Status demo(CliSession &s);
Status user(CliSession &s);
Status journal(CliSession &s);
Status audit(CliSession &s);
Status check(CliSession &s);
} // namespace CliSetupCommands
