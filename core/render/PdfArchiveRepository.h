#pragma once

#include "Database.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// One archived PDF: the exact bytes a posted invoice or credit note left the program with.
struct PdfArchiveEntry
{
    qint64 documentId = 0;
    QByteArray pdf;
    QString sha256; // lower-case hex of the bytes
    QString fileName; // "INV-2026-00012.pdf"
    QString renderState; // JSON: template and amounts the PDF was painted with
    QDateTime createdAt; // UTC
    QString createdBy;
};

// The SQL of the document_archive table (migration 0002). Rows are only ever inserted: the
// database refuses updates, deletes and archiving a draft.
class PdfArchiveRepository
{
    Q_DECLARE_TR_FUNCTIONS(PdfArchiveRepository)
public:
    explicit PdfArchiveRepository(Database &db)
        : m_db(db)
    { }

    // The archived PDF of a document, if it has one.
    Result<std::optional<PdfArchiveEntry>> find(qint64 documentId) const;
    Result<bool> contains(qint64 documentId) const;
    Status insert(const PdfArchiveEntry &entry);

private:
    Database &m_db;
};
