#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

enum class ImportKind { Customers, Catalog, Jobs };

// One problem of an import file: the row as a spreadsheet numbers it and the column.
struct ImportIssue
{
    int row = 0; // 0: the whole file
    QString field; // the column's name; empty: the row as a whole
    QString message;

    QString text() const
    {
        if (row == 0)
            return message;
        if (field.isEmpty())
            return QCoreApplication::translate("ImportIssue", "Row %1: %2").arg(row).arg(message);
        return QCoreApplication::translate("ImportIssue", "Row %1, field \"%2\": %3").arg(row).arg(field, message);
    }
};

// What one row does (or would do, in a preview).
struct ImportRowAction
{
    enum class Action { Create, Update, Skip, Invalid };
    int row = 0;
    Action action = Action::Create;
    QString label; // the customer's name, the SKU, the job id
    QString detail; // "already exists as customer 12", the first issue, ...
    qint64 id = 0; // what was created, updated or matched
};

// The preview and the outcome of an import: every row with its action, every issue. With the
// default all-or-nothing mode one issue means nothing was imported (imported stays false).
struct ImportReport
{
    ImportKind kind = ImportKind::Customers;
    QString format; // "csv" or "json"
    QString encoding; // CSV: as detected
    QChar separator;
    bool dryRun = false;
    bool imported = false; // the rows were written to the company file
    QList<ImportRowAction> rows;
    QList<ImportIssue> issues;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
};
