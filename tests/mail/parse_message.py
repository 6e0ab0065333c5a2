#!/usr/bin/python3
"""Reads a message saved by smtp_test_server.py with Python's email package and prints
what a mail reader would show, as JSON: decoded headers, the parts, their payloads."""
import base64
import email
import email.header
import email.policy
import json
import sys


def address_list(header):
    if header is None:
        return []
    return [{'name': a.display_name, 'address': a.addr_spec} for a in header.addresses]


def main():
    with open(sys.argv[1], 'rb') as f:
        raw = f.read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    defects = [type(d).__name__ for d in message.defects]
    for part in message.walk():
        defects += [type(d).__name__ for d in part.defects]
        if part.is_multipart():
            parts.append({'content_type': part.get_content_type(), 'multipart': True})
            continue
        payload = part.get_payload(decode=True)
        entry = {
            'content_type': part.get_content_type(),
            'charset': part.get_content_charset(),
            'transfer_encoding': part.get('Content-Transfer-Encoding', ''),
            'disposition': part.get_content_disposition(),
            'filename': part.get_filename(),
            'data_base64': base64.b64encode(payload).decode('ascii'),
        }
        if part.get_content_maintype() == 'text':
            entry['text'] = part.get_content().replace('\r\n', '\n')
        parts.append(entry)
    # The From header decoded strictly by RFC 2047 (the legacy API joins adjacent
    # encoded-words; the address parser of policy.default keeps the space between them).
    legacy = email.message_from_bytes(raw, policy=email.policy.compat32)
    raw_from = legacy['From']
    from_rfc2047 = None
    if raw_from is not None:
        unfolded = str(raw_from).replace('\r\n', '').replace('\n', '')
        from_rfc2047 = str(email.header.make_header(email.header.decode_header(unfolded)))
    print(json.dumps({
        'from_rfc2047': from_rfc2047,
        'subject': str(message['subject']) if message['subject'] is not None else None,
        'from': address_list(message['from']),
        'to': address_list(message['to']),
        'cc': address_list(message['cc']),
        'reply_to': address_list(message['reply-to']),
        'bcc_present': message['bcc'] is not None,
        'date': str(message['date']),
        'date_timestamp': message['date'].datetime.timestamp() if message['date'] is not None else None,
        'message_id': str(message['message-id']),
        'mime_version': str(message['mime-version']),
        'content_type': message.get_content_type(),
        'parts': parts,
        'defects': defects,
    }, ensure_ascii=False))


if __name__ == '__main__':
    main()
