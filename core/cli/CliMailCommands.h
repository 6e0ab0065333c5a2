#pragma once

#include "CliSession.h"

// Mail: the SMTP settings, sending an invoice (queued in the outbox) and the outbox itself.
//   settings smtp [--host H] [--port P] [--security none|starttls|tls] [--smtp-user U]
//                 [--trust-fingerprint SHA256] [--from ADDR] [--from-name NAME] [--attempts N]
//                 [--retry-delays S,S,...] [--timeout S]          (no option: show them)
//                 [--oauth microsoft|google|custom|none --client-id ID ...] (CliMailSignInCommands)
//   invoice send NUMBER [--to ADDR]... [--cc ADDR]... [--subject S] [--body TEXT]   (or credit-note send)
//                [--template invoice|reminder] [--notes include|hide]   → prints the outbox id
//   outbox list [--status S,...] [--limit N] | outbox show ID
//   outbox send | outbox retry ID | outbox cancel ID | outbox confirm ID
// (--smtp-user, not --user: that is the global option naming the acting user profile.)
// The SMTP password is never an option: FACTURO_SMTP_PASSWORD, the keychain, or a prompt.
namespace CliMailCommands {
Status settings(CliSession &s);
Status outbox(CliSession &s);
Status invoiceSend(CliSession &s);
} // namespace CliMailCommands
