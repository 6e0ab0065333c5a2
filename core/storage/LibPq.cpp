#include "LibPq.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>

#include <libpq-fe.h>

namespace {
struct Library
{
    QMutex mutex;
    QLibrary library {QStringLiteral("pq"), 5};
    bool tried = false;
    bool loaded = false;
};

Library &library()
{
    static Library instance;
    return instance;
}

QFunctionPointer resolve(const char *name)
{
    if (!LibPq::load())
        return nullptr;
    return library().library.resolve(name);
}
} // namespace

bool LibPq::load()
{
    Library &l = library();
    QMutexLocker lock(&l.mutex);
    if (!l.tried) {
        l.tried = true;
        l.loaded = l.library.load();
    }
    return l.loaded;
}

QString LibPq::problem()
{
    Library &l = library();
    QMutexLocker lock(&l.mutex);
    return l.loaded ? QString()
                    : QCoreApplication::translate("LibPq",
                        "The PostgreSQL client library (libpq5) cannot be loaded: %1. Install the package libpq5.")
                          .arg(l.library.errorString());
}

// Each function resolves its libpq counterpart once (thread-safe). Without the library none is
// ever reached with a connection (PQconnectdbParams gives none); the rest then do nothing.
#define FACTURO_LIBPQ(Ret, name, params, args)                                                                         \
    extern "C" Ret name params                                                                                         \
    {                                                                                                                  \
        static const auto real = reinterpret_cast<decltype(&name)>(resolve(#name));                                    \
        if (!real)                                                                                                     \
            return {};                                                                                                 \
        return real args;                                                                                              \
    }

#define FACTURO_LIBPQ_VOID(name, params, args)                                                                         \
    extern "C" void name params                                                                                        \
    {                                                                                                                  \
        static const auto real = reinterpret_cast<decltype(&name)>(resolve(#name));                                    \
        if (real)                                                                                                      \
            real args;                                                                                                 \
    }

FACTURO_LIBPQ(PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values, int expand_dbname),
    (keywords, values, expand_dbname))
FACTURO_LIBPQ_VOID(PQfinish, (PGconn * conn), (conn))
FACTURO_LIBPQ(ConnStatusType, PQstatus, (const PGconn *conn), (conn))
FACTURO_LIBPQ(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn))
FACTURO_LIBPQ(char *, PQerrorMessage, (const PGconn *conn), (conn))
FACTURO_LIBPQ(int, PQsocket, (const PGconn *conn), (conn))
FACTURO_LIBPQ(int, PQbackendPID, (const PGconn *conn), (conn))
FACTURO_LIBPQ(
    PQnoticeProcessor, PQsetNoticeProcessor, (PGconn * conn, PQnoticeProcessor proc, void *arg), (conn, proc, arg))
FACTURO_LIBPQ(PGresult *, PQexec, (PGconn * conn, const char *query), (conn, query))
FACTURO_LIBPQ(PGresult *, PQprepare,
    (PGconn * conn, const char *stmtName, const char *query, int nParams, const Oid *paramTypes),
    (conn, stmtName, query, nParams, paramTypes))
FACTURO_LIBPQ(PGresult *, PQexecPrepared,
    (PGconn * conn, const char *stmtName, int nParams, const char *const *paramValues, const int *paramLengths,
        const int *paramFormats, int resultFormat),
    (conn, stmtName, nParams, paramValues, paramLengths, paramFormats, resultFormat))
FACTURO_LIBPQ(PGresult *, PQgetResult, (PGconn * conn), (conn))
FACTURO_LIBPQ(int, PQconsumeInput, (PGconn * conn), (conn))
FACTURO_LIBPQ(PGnotify *, PQnotifies, (PGconn * conn), (conn))
FACTURO_LIBPQ(int, PQputCopyData, (PGconn * conn, const char *buffer, int nbytes), (conn, buffer, nbytes))
FACTURO_LIBPQ(int, PQputCopyEnd, (PGconn * conn, const char *errormsg), (conn, errormsg))
FACTURO_LIBPQ(char *, PQescapeIdentifier, (PGconn * conn, const char *str, size_t len), (conn, str, len))
FACTURO_LIBPQ_VOID(PQclear, (PGresult * res), (res))
FACTURO_LIBPQ_VOID(PQfreemem, (void *ptr), (ptr))
FACTURO_LIBPQ(ExecStatusType, PQresultStatus, (const PGresult *res), (res))
FACTURO_LIBPQ(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode))
FACTURO_LIBPQ(int, PQntuples, (const PGresult *res), (res))
FACTURO_LIBPQ(int, PQnfields, (const PGresult *res), (res))
FACTURO_LIBPQ(Oid, PQftype, (const PGresult *res, int field_num), (res, field_num))
FACTURO_LIBPQ(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FACTURO_LIBPQ(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FACTURO_LIBPQ(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num))
FACTURO_LIBPQ(char *, PQcmdStatus, (PGresult * res), (res))
FACTURO_LIBPQ(char *, PQcmdTuples, (PGresult * res), (res))
FACTURO_LIBPQ(unsigned char *, PQunescapeBytea, (const unsigned char *strtext, size_t *retbuflen), (strtext, retbuflen))
