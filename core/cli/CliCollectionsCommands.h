#pragma once

#include "CliSession.h"

// Collections (issue 6): reminders, report, import, export and bulk work.
namespace CliCollectionsCommands {
Status reminders(CliSession &s);
Status report(CliSession &s);
Status importFile(CliSession &s);
Status exportFile(CliSession &s);
Status bulk(CliSession &s);
} // namespace CliCollectionsCommands
