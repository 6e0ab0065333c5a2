#pragma once

#include "CliSession.h"

// init, demo, customer, journal, audit, user, check.
namespace CliSetupCommands {
Status init(CliSession &s);
Status demo(CliSession &s);
Status customer(CliSession &s);
Status user(CliSession &s);
Status journal(CliSession &s);
Status audit(CliSession &s);
Status check(CliSession &s);
} // namespace CliSetupCommands
