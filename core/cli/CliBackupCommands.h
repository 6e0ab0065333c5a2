#pragma once

#include "CliSession.h"

// backup FILE | backup --rotate | backup --now, restore BACKUP [--into FILE], settings backup.
namespace CliBackupCommands {
Status backup(CliSession &s);
// Opens no company file: the file restored into may be damaged (restore is what fixes it).
Status restore(CliSession &s);
Status settings(CliSession &s); // `settings backup [--folder DIR] [--keep N] [--every daily|weekly|off]`
} // namespace CliBackupCommands
