#pragma once

#include "CliSession.h"

// Moving a company between a file and a server (docs/server.md), as the database's owner:
// `server import FILE URI` copies a company file into a database `server init` prepared,
// `server export URI FILE` writes the server's company into a new company file.
namespace CliServerTransferCommands {
Status importFile(CliSession &s);
Status exportTo(CliSession &s);
} // namespace CliServerTransferCommands
