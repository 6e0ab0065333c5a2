#pragma once

#include "CliSession.h"

// A company on a PostgreSQL server (docs/server.md): `server init URI [--role NAME]` sets up the
// schema in an empty database as its owner, `server upgrade URI` brings it to this version.
namespace CliServerCommands {
Status server(CliSession &s);
} // namespace CliServerCommands
