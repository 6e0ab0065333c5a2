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
import base64
import binascii
import json
import time
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


class OAuthHandler(Handler):
    """AUTH XOAUTH2 and OAUTHBEARER (RFC 7628): the bearer token must be one the test
    authorization server issued (its tokens.json), alive and for this user. A refused token gets
    the providers' base64 JSON challenge, then 535 once the client has acknowledged it."""

    def _token_ok(self, user, token):
        try:
            with open(self.options.oauth_tokens, encoding='utf-8') as source:
                tokens = json.load(source)
        except (OSError, ValueError):
            return False
        info = tokens.get(token)
        return bool(info and info['active'] and info['expires_at'] > time.time() and info['account'] == user)

    async def _check(self, server, args, mechanism):
        if len(args) < 2:
            blob = await server.challenge_auth('')
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        else:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message='501 5.5.2 Cannot decode the response')
        user, token = '', ''
        if mechanism == 'XOAUTH2':
            fields = blob.split(b'\x01')
            for field in fields:
                if field.startswith(b'user='):
                    user = field[5:].decode('utf-8')
        else:
            header, _, rest = blob.partition(b'\x01')
            for part in header.split(b','):
                if part.startswith(b'a='):
                    user = part[2:].decode('utf-8').replace('=2C', ',').replace('=3D', '=')
            fields = rest.split(b'\x01')
        for field in fields:
            if field.startswith(b'auth=Bearer '):
                token = field[12:].decode('ascii')
        if token and self._token_ok(user, token):
            self._log('AUTH %s accepted for %s' % (mechanism, user))
            return AuthResult(success=True, auth_data=user)
        self._log('AUTH %s refused for %s' % (mechanism, user))
        if mechanism == 'XOAUTH2':
            challenge = {'status': '401', 'schemes': 'bearer', 'scope': 'https://mail.google.com/'}
        else:
            challenge = {'status': 'invalid_token', 'scope': 'https://mail.google.com/'}
        await server.challenge_auth(json.dumps(challenge))
        return AuthResult(success=False, handled=False, message='535 5.7.8 Username and Password not accepted')

    async def auth_XOAUTH2(self, server, args):
        return await self._check(server, args, 'XOAUTH2')

    async def auth_OAUTHBEARER(self, server, args):
        return await self._check(server, args, 'OAUTHBEARER')


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
    parser.add_argument('--oauth-tokens')  # tokens.json of oauth_test_server.py: AUTH by bearer token
    options = parser.parse_args()

    tls = None
    if options.mode in ('starttls', 'implicit-tls'):
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(options.cert, options.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = OAuthHandler(options) if options.oauth_tokens else Handler(options)

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
        if options.oauth_tokens:
            kwargs.update(auth_required=True, auth_exclude_mechanism=['PLAIN', 'LOGIN'] + options.exclude_auth)
        server = (NoEhloSMTP if options.no_ehlo else SMTP)(handler, **kwargs)
        server.command_size_limits['AUTH'] = 12288  # RFC 4954 section 4: room for a token
        return server

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
