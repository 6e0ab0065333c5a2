#pragma once

#include "CliSession.h"

// The job hand-off folder: `settings handoff [--folder DIR] [--draft yes|no] [--post yes|no]
// [--send yes|no] [--settle-seconds N]` (none: shows them), `handoff run [--settle-seconds N]`
// (imports the complete files once, for a timer) and `handoff log [--limit N]`.
namespace CliHandoffCommands {
Status handoff(CliSession &s);
Status settings(CliSession &s);
} // namespace CliHandoffCommands
