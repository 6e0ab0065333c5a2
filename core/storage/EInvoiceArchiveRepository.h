#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One archived e-invoice: the exact bytes a posted document left the program with in a format.
struct EInvoiceArchiveEntry
{
    qint64 documentId = 0;
    QString format; // EInvoiceFormats::key: "peppol", "facturx", ...
    QByteArray content; // the XML, or the Factur-X PDF
    QString sha256; // lower-case hex of the bytes
    QString fileName; // "INV-2026-00012.xml"
    QDateTime createdAt; // UTC
    QString createdBy;
};

// The SQL of the einvoice_archive table (migration 0012). Rows are only ever inserted: the
// database refuses updates, deletes and archiving a draft.
class EInvoiceArchiveRepository
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceArchiveRepository)
public:
    explicit EInvoiceArchiveRepository(Database &db)
        : m_db(db)
    { }

    Result<std::optional<EInvoiceArchiveEntry>> find(qint64 documentId, const QString &format) const;
    // Every archived output of the document (without the bytes), oldest first.
    Result<QList<EInvoiceArchiveEntry>> list(qint64 documentId) const;
    Status insert(const EInvoiceArchiveEntry &entry);

private:
    Database &m_db;
};
