#pragma once

#include "CliSession.h"

// Passwords on the command line: never as an option (it would show in the process list and the
// shell's history), but from an environment variable or, on a terminal, typed without echo.
namespace CliPassword {
// The sign-in password of `userName`: FACTURO_PASSWORD, else asked on the terminal; refused
// (Permission) when neither is available.
Result<QString> signIn(CliSession &s, const QString &userName);
// A new password for `userName`: FACTURO_NEW_PASSWORD, else typed twice on the terminal (both
// must match); refused when neither is available.
Result<QString> newPassword(CliSession &s, const QString &userName);
} // namespace CliPassword
