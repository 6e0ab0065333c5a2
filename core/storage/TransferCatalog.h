#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;
struct pg_conn;

// The tables of a company as moving it between a file and a server sees them (ServerTransfer):
// read from each side's own catalog (sqlite_master and PRAGMA table_info in the file,
// information_schema and pg_catalog on the server) and compared, so that a file and a database of
// different schemas are refused before a row is copied.
// Left out on purpose: SQLite's own tables (sqlite_*), the shadow tables of the file's full-text
// tables (their contents are the full-text table's rows, written anew), the server's
// facturo_schema (PRAGMA user_version in a file) and its generated columns (the search tables'
// tsvector, computed from the copied text).
class TransferCatalog
{
    Q_DECLARE_TR_FUNCTIONS(TransferCatalog)
public:
    // How the server stores a column (the file's INTEGER, TEXT, BLOB).
    enum class Type { Integer, Text, Bytes };
    struct Column
    {
        QString name;
        Type type = Type::Text;
    };
    struct Table
    {
        QString name;
        QList<Column> columns; // in the order of the table's definition
        QStringList key; // the primary key's columns, in order (none: every column orders the rows)
        bool identity = false; // the server draws `id` from an identity sequence
        bool search = false; // a full-text table in the file (FTS5): its `rowid` is the id column

        QString columnList() const; // "a, b, c"
        QString orderBy() const; // the key's columns, else every column
    };

    // The tables of both sides, each after the tables its foreign keys name (parents first, so a
    // copy in this order meets every reference). Refused, naming the differences, unless the file
    // and the server have the same tables with the same columns in the same order and of the same
    // kinds.
    static Result<QList<Table>> read(Database &file, pg_conn *server);
};
