#pragma once

#include "CliSession.h"

// Bank statements in (issue 15): import, list, match, auto, CSV profiles and the setting.
namespace CliBankCommands {
Status bank(CliSession &s);
} // namespace CliBankCommands
