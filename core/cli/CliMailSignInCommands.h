#pragma once

#include "CliSession.h"
#include "MailSettings.h"

// OAuth 2.0 sign-in for the mail server, from the command line:
//   settings smtp --oauth microsoft|google|custom|none --client-id ID [--authorize-url U]
//                 [--token-url U] [--device-url U] [--revoke-url U] [--scope S]
//   mail sign-in   the device authorization grant (RFC 8628): prints the address and the code to
//                  type on any device with a browser, waits for the grant, saves the tokens in the
//                  keychain and prints the account
//   mail sign-out  forgets the tokens (and revokes them where the provider can)
//   mail status    whether a sign-in is saved, and for which account
// Tokens are never printed and never written anywhere but the keychain.
namespace CliMailSignInCommands {
QStringList settingsOptions();
// Applies the --oauth options given to `m`; `given` says whether there were any.
Status applySettingsOptions(CliSession &s, MailSettings &m, bool &given);
Status mail(CliSession &s);
} // namespace CliMailSignInCommands
