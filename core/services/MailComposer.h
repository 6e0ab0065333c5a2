#pragma once

#include "AuditLog.h"
#include "Customer.h"
#include "Document.h"
#include "LedgerContext.h"
#include "MailAttachment.h"
#include "MailSettings.h"
#include "OutboxService.h"

#include <optional>

// What the user asks for when sending a posted invoice or credit note.
struct DocumentMailRequest
{
    qint64 documentId = 0;
    bool reminder = false; // a payment reminder for the invoice (reminder template)
    QStringList to; // "addr" or "Name <addr>"; empty: the customer's mail contact
    QStringList cc;
    std::optional<QString> subject; // unset: from the template
    std::optional<QString> body; // unset: from the template
    bool includePrintedNotes = false; // the document's printed comments after the body
};

// What the Send dialog starts from: the template filled for the document, the customer's
// contacts, the sender.
struct DocumentMailDraft
{
    Document document; // without lines
    MailKind kind = MailKind::Invoice;
    QList<Contact> contacts; // the customer's contacts that have an email address
    QStringList defaultTo; // the primary contact, as "Name <addr>"
    QString subject;
    QString body;
    QString printedNotes; // the document's printed comments (may be empty)
    MailAddress from;
};

// Composes the mail of a posted invoice or credit note: recipients (the customer's contact or
// the ones given), subject and body from the per-language templates, the sender from the mail
// settings. Refuses drafts, deleted documents, a document without a recipient and invalid
// addresses; the header checks themselves are MimeBuilder's, when the message is queued.
// The PDF is not its business (core/services does not render): the caller attaches it
// (DocumentMailer in core/render attaches the archived PDF).
class MailComposer
{
    Q_DECLARE_TR_FUNCTIONS(MailComposer)
public:
    MailComposer(LedgerContext &context, AuditLog &audit)
        : m_ctx(context)
        , m_audit(audit)
    { }

    Result<DocumentMailDraft> draft(qint64 documentId, bool reminder = false) const;
    Result<OutboxRequest> compose(const DocumentMailRequest &request, const QList<MailAttachment> &attachments) const;

    // The body followed by the printed comments, when there are any.
    static QString withPrintedNotes(const QString &body, const QString &notes);

private:
    Result<DocumentMailDraft> draft(qint64 documentId, bool reminder, const MailSettings &settings) const;
    Result<Document> sendableDocument(qint64 documentId, bool reminder) const;

    LedgerContext &m_ctx;
    AuditLog &m_audit;
};
