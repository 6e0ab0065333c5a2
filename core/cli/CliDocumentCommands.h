#pragma once

#include "CliSession.h"

// invoice, credit-note and payment verbs.
namespace CliDocumentCommands {
Status invoice(CliSession &s);
Status creditNote(CliSession &s);
Status payment(CliSession &s);
} // namespace CliDocumentCommands
