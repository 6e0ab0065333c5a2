#!/usr/bin/python3
"""OAuth 2.0 authorization server for Facturo's mail tests (Python's http.server only).

Listens on 127.0.0.1 on a free port and prints "READY <port>". Implements for one public
client (--client-id; with --client-secret, one that must also send that client_secret to /token,
as Google's desktop and device clients must, or be refused with invalid_client and HTTP 401):
  GET  /authorize   RFC 6749 code grant with PKCE (RFC 7636, S256 only): the user is taken as
                    having consented at once; 302 to the loopback redirect_uri with code and state
  POST /token       grant_type authorization_code (the code_verifier is checked against the
                    challenge), refresh_token (the refresh token rotates: the old one is dead),
                    urn:ietf:params:oauth:grant-type:device_code (RFC 8628)
  POST /device      RFC 8628 device authorization: the device code is approved after
                    --device-pending polls, or ends as --device-outcome says
  POST /revoke      RFC 7009: revokes the grant the token belongs to
  POST /admin/revoke-all     the user withdraws consent: every grant and token dies
  POST /admin/expire-access  every access token issued so far expires now
  GET  /admin/stats          counters as JSON
Every change rewrites --state-dir/tokens.json (atomically; issued.json lists every token issued): the access tokens with their
account, expiry and whether they are alive, which smtp_test_server.py checks on AUTH.
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode('ascii')


class State:
    def __init__(self, options):
        self.options = options
        self.lock = threading.Lock()
        self.codes = {}  # code -> dict(challenge, redirect_uri, client_id, scope)
        self.grants = {}  # grant id -> dict(active, refresh_token, account, scope)
        self.access = {}  # access token -> dict(grant, expires_at)
        self.devices = {}  # device code -> dict(polls, scope, done)
        self.issued = []  # every access and refresh token, for the tests that look for leaks
        self.stats = {'code_grants': 0, 'refresh_grants': 0, 'refresh_refused': 0, 'device_polls': 0,
                      'device_grants': 0, 'slow_down': 0, 'revocations': 0,
                      'client_refused': 0}

    def save(self):
        tokens = {}
        for token, info in self.access.items():
            grant = self.grants[info['grant']]
            tokens[token] = {'account': grant['account'], 'expires_at': info['expires_at'],
                             'active': grant['active'] and info['expires_at'] > time.time()}
        path = os.path.join(self.options.state_dir, 'tokens.json')
        with open(path + '.tmp', 'w', encoding='utf-8') as out:
            json.dump(tokens, out)
        os.replace(path + '.tmp', path)
        issued = os.path.join(self.options.state_dir, 'issued.json')
        with open(issued + '.tmp', 'w', encoding='utf-8') as out:
            json.dump(self.issued, out)
        os.replace(issued + '.tmp', issued)

    def issue(self, grant_id):
        grant = self.grants[grant_id]
        access = 'at-' + secrets.token_urlsafe(24)
        refresh = 'rt-' + secrets.token_urlsafe(24)
        grant['refresh_token'] = refresh
        self.issued += [access, refresh]
        self.access[access] = {'grant': grant_id, 'expires_at': time.time() + self.options.access_lifetime}
        header = b64url(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())
        claims = b64url(json.dumps({'email': grant['account'], 'aud': self.options.client_id}).encode())
        self.save()
        return {'access_token': access, 'token_type': 'Bearer', 'expires_in': self.options.access_lifetime,
                'refresh_token': refresh, 'scope': grant['scope'], 'id_token': header + '.' + claims + '.'}

    def new_grant(self, scope):
        grant_id = secrets.token_hex(8)
        self.grants[grant_id] = {'active': True, 'refresh_token': None, 'account': self.options.account,
                                 'scope': scope}
        return grant_id


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass  # quiet: the requests carry tokens

    def send_json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Cache-Control', 'no-store')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, error, description='', status=400):
        self.send_json(status, {'error': error, 'error_description': description})

    def form(self):
        length = int(self.headers.get('Content-Length') or 0)
        fields = parse_qs(self.rfile.read(length).decode('utf-8'), keep_blank_values=True)
        return {k: v[0] for k, v in fields.items()}

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        state = self.server.state
        if url.path == '/admin/stats':
            with state.lock:
                return self.send_json(200, state.stats)
        if url.path != '/authorize':
            return self.error('not_found', url.path, 404)
        redirect = query.get('redirect_uri', '')
        target = urlparse(redirect)
        if (query.get('client_id') != state.options.client_id or target.scheme != 'http'
                or target.hostname != '127.0.0.1'):
            return self.error('invalid_request', 'unknown client or redirect_uri not on the loopback address')
        if query.get('response_type') != 'code' or query.get('code_challenge_method') != 'S256' \
                or len(query.get('code_challenge', '')) != 43:
            return self.error('invalid_request', 'PKCE with S256 is required')
        code = 'code-' + secrets.token_urlsafe(16)
        with state.lock:
            state.codes[code] = {'challenge': query['code_challenge'], 'redirect_uri': redirect,
                                 'scope': query.get('scope', '')}
        self.send_response(302)
        self.send_header('Location', redirect + '?' + urlencode({'code': code, 'state': query.get('state', '')}))
        self.send_header('Content-Length', '0')
        self.end_headers()

    def do_POST(self):
        path = urlparse(self.path).path
        form = self.form()
        state = self.server.state
        options = state.options
        with state.lock:
            if path == '/admin/revoke-all':
                for grant in state.grants.values():
                    grant['active'] = False
                state.save()
                return self.send_json(200, {})
            if path == '/admin/expire-access':
                for info in state.access.values():
                    info['expires_at'] = 0
                state.save()
                return self.send_json(200, {})
            if path == '/revoke':
                state.stats['revocations'] += 1
                token = form.get('token', '')
                for grant_id, grant in state.grants.items():
                    if grant['refresh_token'] == token or state.access.get(token, {}).get('grant') == grant_id:
                        grant['active'] = False
                state.save()
                return self.send_json(200, {})
            if form.get('client_id') != options.client_id:
                return self.error('invalid_client', 'unknown client', 401)
            if path == '/device':
                device = 'dc-' + secrets.token_urlsafe(16)
                state.devices[device] = {'polls': 0, 'scope': form.get('scope', ''), 'done': False}
                return self.send_json(200, {
                    'device_code': device, 'user_code': 'WDJB-MJHT',
                    'verification_uri': 'http://127.0.0.1:%d/device' % self.server.server_port,
                    'expires_in': options.device_expires_in, 'interval': options.device_interval})
            if path != '/token':
                return self.error('not_found', path, 404)
            if options.client_secret and form.get('client_secret') != options.client_secret:
                state.stats['client_refused'] += 1
                return self.error('invalid_client', 'The OAuth client was not found or its secret is wrong.'
                                  if form.get('client_secret') else 'client_secret is missing.', 401)
            grant_type = form.get('grant_type')
            if grant_type == 'authorization_code':
                code = state.codes.pop(form.get('code', ''), None)
                if code is None or code['redirect_uri'] != form.get('redirect_uri'):
                    return self.error('invalid_grant', 'unknown or used code, or another redirect_uri')
                verifier = form.get('code_verifier', '')
                if b64url(hashlib.sha256(verifier.encode('ascii')).digest()) != code['challenge']:
                    return self.error('invalid_grant', 'PKCE verification failed')
                state.stats['code_grants'] += 1
                return self.send_json(200, state.issue(state.new_grant(code['scope'])))
            if grant_type == 'refresh_token':
                token = form.get('refresh_token', '')
                for grant_id, grant in state.grants.items():
                    if grant['refresh_token'] == token and grant['active']:
                        state.stats['refresh_grants'] += 1
                        return self.send_json(200, state.issue(grant_id))
                state.stats['refresh_refused'] += 1
                return self.error('invalid_grant', 'the refresh token is expired, revoked or already used')
            if grant_type == 'urn:ietf:params:oauth:grant-type:device_code':
                device = state.devices.get(form.get('device_code', ''))
                if device is None or device['done']:
                    return self.error('invalid_grant', 'unknown device code')
                state.stats['device_polls'] += 1
                device['polls'] += 1
                outcome = options.device_outcome
                if outcome == 'slow_down' and device['polls'] == 1:
                    state.stats['slow_down'] += 1
                    return self.error('slow_down')
                if device['polls'] <= options.device_pending:
                    return self.error('authorization_pending')
                device['done'] = True
                if outcome == 'deny':
                    return self.error('access_denied', 'the user declined')
                if outcome == 'expire':
                    return self.error('expired_token', 'the device code expired')
                state.stats['device_grants'] += 1
                return self.send_json(200, state.issue(state.new_grant(device['scope'])))
            return self.error('unsupported_grant_type', grant_type or '')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--state-dir', required=True)
    parser.add_argument('--client-id', default='facturo-test-client')
    parser.add_argument('--client-secret', default='')
    parser.add_argument('--account', default='billing@facturo.test')
    parser.add_argument('--access-lifetime', type=int, default=3600)
    parser.add_argument('--device-interval', type=int, default=1)
    parser.add_argument('--device-expires-in', type=int, default=600)
    parser.add_argument('--device-pending', type=int, default=1)
    parser.add_argument('--device-outcome', choices=['approve', 'deny', 'expire', 'slow_down'], default='approve')
    options = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # a browser may hold an idle connection open
    server.state = State(options)
    server.state.save()
    print('READY %d' % server.server_port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == '__main__':
    sys.exit(main())
