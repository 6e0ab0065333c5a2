#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct pg_conn;

// One statement a posting sent to the server, as the server logged it (log_statement = all):
// a simple query (transaction control) or a prepared statement with its parameters.
struct CapturedStatement
{
    bool simple = false;
    QString sql;
    QList<std::optional<QByteArray>> parameters;
};

// The statements of the session that logged `beginMark` (a simple query), from that mark to
// `endMark`, in order. The log is the server's (its default line prefix: time [pid] LEVEL:).
QList<CapturedStatement> capturePosting(const QString &log, const QString &beginMark, const QString &endMark);

// Replays a captured posting on a bare libpq connection for another draft: the same statements,
// each prepared once (PQprepare) and run with PQexecPrepared, simple queries with PQexec. The
// captured document id (a parameter equal to it) becomes the new draft's id, the captured
// number (anywhere in a text, also without its dashes as in the payment reference) the new
// number; ids the posting learnt from a statement's result are learnt the same way (`learn`: the
// first value a statement beginning with `sqlStart` returns, plus `add`, is sent as parameter
// `parameter` of the statements beginning with `intoStart` where `captured` was). Every other
// value is sent as captured.
class PostingReplay
{
public:
    PostingReplay(pg_conn *conn, QList<CapturedStatement> statements, qint64 capturedId, QString capturedNumber);
    void learn(const QString &sqlStart, qint64 add, const QString &intoStart, int parameter, qint64 captured);
    bool prepare();
    bool post(qint64 documentId, const QString &number);
    QString error() const { return m_error; }

private:
    pg_conn *m_conn;
    QList<CapturedStatement> m_statements;
    QByteArray m_capturedId;
    QByteArray m_capturedNumber;
    QList<QByteArray> m_names;
    struct Learnt
    {
        QString sqlStart;
        qint64 add = 0;
        QString intoStart;
        int parameter = 0;
        QByteArray captured;
    };
    QList<Learnt> m_learnt;
    QString m_error;
};
