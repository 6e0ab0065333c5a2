-- The mail outbox (DESIGN.md "Mail"): queue first, then send.
-- A message row is written in the same transaction as its "send" audit event. The MIME bytes
-- are built once, when the message is queued, and every attempt sends exactly these bytes
-- (same Message-ID), so a resend is the same message, never a new one.
--
-- status:  queued     waiting for its next attempt (next_attempt_at)
--          sending    a sender claimed it and is talking to the server
--          sent       the server accepted it (sent_at, server_reply)
--          failed     refused for good, or out of attempts (last_error)
--          check      the outcome is unknown after the data was sent: the user decides
--          cancelled  the user withdrew it
-- stage:   how far the last attempt got, written before the message data leaves the computer:
--          '' (not tried), 'connecting', 'data' (from the DATA command on). A message found in
--          'sending' after a crash is re-queued when its stage is 'connecting' and marked
--          'check' when it is 'data'.

CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES documents (id),
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'reminder', 'other')),
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL CHECK (length(recipients) > 0),
    cc TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    html_body TEXT NOT NULL DEFAULT '',
    mime BLOB NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    envelope_from TEXT NOT NULL,
    envelope_recipients TEXT NOT NULL CHECK (length(envelope_recipients) > 0),
    status TEXT NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'check', 'cancelled')),
    stage TEXT NOT NULL DEFAULT '' CHECK (stage IN ('', 'connecting', 'data')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    max_attempts INTEGER NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
    last_error TEXT NOT NULL DEFAULT '',
    server_reply TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    attempt_started_at TEXT,
    sent_at TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'sent') = (sent_at IS NOT NULL)),
    CHECK (status <> 'queued' OR next_attempt_at IS NOT NULL)
);
CREATE INDEX outbox_messages_due ON outbox_messages (status, next_attempt_at);
CREATE INDEX outbox_messages_document ON outbox_messages (document_id) WHERE document_id IS NOT NULL;

-- What each message carries, for people (the bytes themselves are inside mime).
CREATE TABLE outbox_attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES outbox_messages (id),
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL
);
CREATE INDEX outbox_attachments_message ON outbox_attachments (message_id, position);

-- Every delivery of a document by mail: when, to whom, which subject. Written in the same
-- transaction as the message's 'sent' status and its "sent" audit event. The invoice list's
-- "sent / not sent" filter reads it; rows are never changed or deleted.
CREATE TABLE document_sends (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    outbox_id INTEGER NOT NULL UNIQUE REFERENCES outbox_messages (id),
    sent_at TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    sent_by TEXT NOT NULL
);
CREATE INDEX document_sends_document ON document_sends (document_id, sent_at);

CREATE TRIGGER document_sends_immutable_update BEFORE UPDATE ON document_sends
BEGIN
    SELECT RAISE(ABORT, 'the send history is append-only');
END;

CREATE TRIGGER document_sends_immutable_delete BEFORE DELETE ON document_sends
BEGIN
    SELECT RAISE(ABORT, 'the send history is append-only');
END;

-- A sent message stays as it was sent.
CREATE TRIGGER outbox_messages_sent_frozen BEFORE UPDATE ON outbox_messages
WHEN OLD.status = 'sent'
BEGIN
    SELECT RAISE(ABORT, 'a sent message cannot be changed');
END;
