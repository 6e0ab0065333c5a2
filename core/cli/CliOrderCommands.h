#pragma once

#include "CliSession.h"

// order verbs: import, list, show, status.
namespace CliOrderCommands {
Status order(CliSession &s);
} // namespace CliOrderCommands
