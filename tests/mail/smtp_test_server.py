#!/usr/bin/python3
"""SMTP server for Facturo's mail tests, on aiosmtpd (Debian package python3-aiosmtpd).

Listens on 127.0.0.1 on a free port and prints "READY <port>" once it accepts connections.
Every message received is saved in --outbox as message-N.eml (the bytes as received, after
the SMTP dot-unstuffing) with message-N.json (envelope). Every MAIL FROM is appended to
commands.log, so that a test can tell that nothing was even offered to the server.

Options select the behaviour under test: TLS mode, AUTH, temporary or permanent refusals,
a SIZE limit, no EHLO, a connection dropped after the data, a server that never greets,
a final reply that comes late (--delay-data-reply), a given port (--port, to come back up).
"""
import argparse
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class NoEhloSMTP(SMTP):
    """An old server: EHLO is an unknown command, only HELO works."""

    async def smtp_EHLO(self, arg):
        await self.push('502 5.5.2 Error: command "EHLO" not recognized')


class Handler:
    def __init__(self, options):
        self.options = options
        self.temporary_failures_left = options.temporary_failures
        self.count = 0

    def _log(self, line):
        with open(os.path.join(self.options.outbox, 'commands.log'), 'a', encoding='utf-8') as log:
            log.write(line + '\n')

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self._log('MAIL FROM:<%s> %s' % (address, ' '.join(mail_options)))
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return '250 OK'

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.options.refuse_recipient:
            return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        if self.temporary_failures_left > 0:
            self.temporary_failures_left -= 1
            self._log('DATA refused temporarily')
            return '451 4.3.0 Mailbox temporarily unavailable, try again later'
        self.count += 1
        base = os.path.join(self.options.outbox, 'message-%d' % self.count)
        with open(base + '.eml', 'wb') as eml:
            eml.write(envelope.original_content)
        with open(base + '.json', 'w', encoding='utf-8') as meta:
            json.dump({'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos,
                       'mail_options': envelope.mail_options,
                       'tls': session.ssl is not None or self.options.mode == 'implicit-tls',
                       'authenticated': bool(session.authenticated)}, meta)
        if self.options.delay_data_reply > 0:
            # The message is saved: a client killed now has delivered it without knowing.
            await asyncio.sleep(self.options.delay_data_reply)
        if self.options.drop_after_data:
            server.transport.abort()
            return '250 OK (never seen: the connection is gone)'
        return '250 2.0.0 OK queued as %d' % self.count


def authenticator(options):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login == options.user.encode('utf-8')
              and auth_data.password == options.password.encode('utf-8'))
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535
    return check


class Silent(asyncio.Protocol):
    """Accepts the connection and never says a word."""

    def connection_made(self, transport):
        self.transport = transport


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--mode', choices=['plain', 'starttls', 'implicit-tls', 'silent'], default='plain')
    parser.add_argument('--require-starttls', action='store_true')
    parser.add_argument('--cert')
    parser.add_argument('--key')
    parser.add_argument('--outbox', required=True)
    parser.add_argument('--user')
    parser.add_argument('--password')
    parser.add_argument('--size-limit', type=int, default=33554432)  # aiosmtpd's default
    parser.add_argument('--temporary-failures', type=int, default=0)
    parser.add_argument('--refuse-recipient', action='append', default=[])
    parser.add_argument('--exclude-auth', action='append', default=[])
    parser.add_argument('--no-ehlo', action='store_true')
    parser.add_argument('--drop-after-data', action='store_true')
    parser.add_argument('--delay-data-reply', type=float, default=0)
    parser.add_argument('--port', type=int, default=0)  # 0: a free port
    options = parser.parse_args()

    tls = None
    if options.mode in ('starttls', 'implicit-tls'):
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(options.cert, options.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Handler(options)

    def factory():
        if options.mode == 'silent':
            return Silent()
        kwargs = dict(data_size_limit=options.size_limit or None, hostname='mail.test', loop=loop)
        if options.mode == 'starttls':
            kwargs.update(tls_context=tls, require_starttls=options.require_starttls)
        if options.mode == 'implicit-tls':
            kwargs.update(auth_require_tls=False)  # the whole connection is TLS already
        if options.user:
            kwargs.update(authenticator=authenticator(options), auth_required=True,
                          auth_exclude_mechanism=options.exclude_auth)
        return (NoEhloSMTP if options.no_ehlo else SMTP)(handler, **kwargs)

    server = loop.run_until_complete(loop.create_server(
        factory, host='127.0.0.1', port=options.port, ssl=tls if options.mode == 'implicit-tls' else None))
    print('READY %d' % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
