#pragma once

#include "LedgerContext.h"

#include <QDateTime>

// The head of the audit chain (the newest event's sequence number and hash), kept outside the
// company file so that deleting or rewriting the newest events is found (docs/tamper-evidence.md):
// every backup carries the head of its copy (settings key audit.anchor inside the backup, and a
// sidecar text file BACKUP.anchor beside it), each posted PDF the head at its posting, and
// Help › Check shows it to copy or export. `check --anchor SEQ:HASH|FILE` proves that the present
// chain extends it: event SEQ is still there with that hash (the chain itself is verified apart).
//
// Sidecar format (UTF-8 text, one "key: value" a line, lines starting with '#' are comments):
//   anchor: SEQ:HASH      the anchor, as `check --anchor` takes it
//   sequence: SEQ
//   hash: HASH            64 lower-case hex digits
//   backup: NAME          the backup (or company) file it was taken from
//   made: TIMESTAMP       UTC, when the backup was made
struct ChainAnchor
{
    Q_DECLARE_TR_FUNCTIONS(ChainAnchor)
public:
    qint64 sequence = 0;
    QString hash;

    QString text() const; // "SEQ:HASH"
    static Result<ChainAnchor> parse(const QString &text);
    // The head of an open file's chain.
    static Result<ChainAnchor> head(AuditRepository &audit);
    // The anchor a file carries: an .anchor sidecar (the file itself or FILE.anchor beside it), or
    // the one recorded inside a backup, or else the head of that file's own chain. Reads only.
    static Result<ChainAnchor> fromFile(const QString &path);
    // "SEQ:HASH" or a file: what `check --anchor` takes.
    static Result<ChainAnchor> fromArgument(const QString &argument);

    static QString sidecarPath(const QString &backupPath);
    // Records the head of a fresh backup copy inside it (settings key audit.anchor).
    static Result<ChainAnchor> stampCopy(Database &copy);
    Status writeSidecar(const QString &backupPath, const QDateTime &madeUtc) const;
    // The same text to any file (Help › Check › Export); source names the file it was taken from.
    Status exportTo(const QString &path, const QString &source, const QDateTime &madeUtc) const;

    // Whether the chain of an open file extends the anchor; the problem named otherwise.
    struct Verdict
    {
        bool extends = false;
        QString message;
    };
    Result<Verdict> verify(AuditRepository &audit) const;
};
