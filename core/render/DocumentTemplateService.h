#pragma once

#include "AuditLog.h"
#include "DocumentTemplate.h"
#include "LedgerContext.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

// The document template of a company file (logo, accent colour, font, footer text, visible
// blocks), kept in the `settings` table under "template.*" keys; the paper size is the
// company's own setting (company.paper_size, A4 or Letter). Saving checks the values, writes
// them in one transaction with a "settings"/"edit" audit event, and needs a manager (like every
// company setting). Missing keys load as DocumentTemplate's defaults.
//
//   DocumentTemplateService templates(ledger.context(), ledger.audit());
//   DocumentTemplate style = templates.load().value();
//   style.accentColor = Qt::darkGreen;
//   templates.save(style);
class DocumentTemplateService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplateService)
public:
    static constexpr qsizetype MaxLogoBytes = 2 * 1024 * 1024;
    static constexpr int MaxFooterLength = 1000;

    DocumentTemplateService(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    Result<DocumentTemplate> load() const;
    Status save(const DocumentTemplate &style);

    // A logo "copied in": the file's bytes, checked to be a PNG or JPEG image of at most 2 MiB.
    static Result<QByteArray> readLogoFile(const QString &path);
    // The values as they will be stored, or what is wrong with them.
    static Result<DocumentTemplate> validated(DocumentTemplate style);

    // The whole template as JSON (logo in base64): what the PDF archive keeps with each PDF.
    static QJsonObject toJson(const DocumentTemplate &style);
    static DocumentTemplate fromJson(const QJsonObject &json);

    static QString paperSizeKey(QPageSize::PageSizeId size); // "A4" / "Letter"
    static QPageSize::PageSizeId paperSizeFromKey(const QString &key);

private:
    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
