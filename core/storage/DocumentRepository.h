#pragma once

#include "Database.h"
#include "Document.h"

#include <QHash>
#include <QList>

class SqlStatement;

// What the lists show of a document: a narrow row, read without its lines (STYLE.md).
struct DocumentSummary
{
    qint64 id = 0;
    DocumentType type = DocumentType::Invoice;
    DocumentStatus status = DocumentStatus::Draft;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QDate issueDate;
    QDate dueDate;
    qint64 totalNet = 0;
    qint64 totalTax = 0;
    qint64 totalGross = 0;
    qint64 amountDue = 0;
    bool deleted = false;
};

// The orders the invoice list can be read in (a column header clicked); Newest is the id.
enum class DocumentOrder { Newest, Number, Type, Customer, IssueDate, DueDate, Total, AmountDue, Status };

struct DocumentFilter
{
    enum class Trash { Exclude, Only, Include };
    std::optional<DocumentType> type;
    QList<DocumentStatus> statuses; // empty: all
    qint64 customerId = 0;
    QDate issuedFrom;
    QDate issuedTo;
    QDate overdueAsOf; // valid: only open invoices due before this date
    QString search;    // number or customer name
    Trash trash = Trash::Exclude;
    std::optional<bool> sent; // true: sent by mail at least once (document_sends); false: never
    // An amount typed in the search box (minor units, above 0): the documents whose total or
    // amount due is that amount (a credit note's too), through their indexes (migration 0010).
    std::optional<qint64> amount;
    // The list's order, not a filter (totals ignore it); ties are broken by the id, same direction.
    DocumentOrder order = DocumentOrder::Newest;
    bool descending = true;
};

// What a list's totals row says. count: every row of the list. net, tax, gross and due: the
// posted documents only, a credit note negative, as the list's columns show them (drafts are
// neither invoiced nor due); the drafts of the list are counted and totalled apart.
struct DocumentTotalsRow
{
    qint64 count = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
    qint64 due = 0;
    qint64 drafts = 0;
    qint64 draftGross = 0;
};

class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    Result<qint64> insertDraft(const Document &draft);
    Status updateDraftHeader(const Document &draft); // header fields and totals of a draft
    Result<qint64> insertLine(qint64 documentId, const DocumentLine &line);
    Status updateLine(const DocumentLine &line);
    Status deleteLine(qint64 lineId);

    Result<Document> find(qint64 id, bool withLines = true) const;
    Result<qint64> idByNumber(const QString &number) const; // NotFound when absent
    Result<bool> any() const; // whether the company has any document, drafts included

    // ---- Structured payment references (core/bank/PaymentReference.h) ----
    // The open invoice (posted or partially paid, not in the trash) whose frozen payment
    // reference is this one, in any form PaymentReference::parse reads ("rf18 5390 0754 7034",
    // "+++090/9337/55493+++"); nothing when there is none or the text is no valid reference.
    // Read without its lines, through the reference's unique index.
    Result<std::optional<Document>> findOpenByPaymentReference(const QString &reference) const;
    // Whether a document of the file already carries this reference (electronic form).
    Result<bool> paymentReferenceTaken(const QString &reference) const;
    // Freezes a posted invoice's reference (table document_payment_references, schema 14).
    Status insertPaymentReference(qint64 documentId, const QString &reference);
    // ---- end of payment references ----

    Status markPosted(const Document &posted);
    Status insertTaxLines(qint64 documentId, const QList<TaxSubtotal> &subtotals);
    Status setSettlement(qint64 id, qint64 amountPaid, qint64 amountCredited, DocumentStatus status,
                         const QDateTime &nowUtc);
    Status setDeleted(qint64 id, const QDateTime &deletedAtUtc, const QString &user); // null time restores

    // Quantity already credited per invoice line by posted credit notes (source line id → quantity).
    Result<QHash<qint64, qint64>> creditedQuantities(qint64 invoiceId) const;
    // Posted credit notes of an invoice.
    Result<QList<DocumentSummary>> creditNotesOf(qint64 invoiceId) const;

    Result<QList<DocumentSummary>> list(const DocumentFilter &filter, qint64 offset, qint64 limit) const;
    // The same rows counted from the end of the list (offsetFromEnd 0: the last `limit` rows),
    // in the list's order: the last pages of a long list without skipping the rows before them.
    Result<QList<DocumentSummary>> listFromEnd(const DocumentFilter &filter, qint64 offsetFromEnd, qint64 limit) const;
    Result<DocumentTotalsRow> totals(const DocumentFilter &filter) const;

    // The FTS5 query for what a user typed in a search box (empty: no search).
    static QString ftsQuery(const QString &text);

private:
    Result<QList<DocumentSummary>> page(const DocumentFilter &filter, qint64 offset, qint64 limit,
                                        bool fromEnd) const;
    static QString whereClause(const DocumentFilter &filter);
    static void bindFilter(SqlStatement &query, const DocumentFilter &filter);
    Result<QList<DocumentLine>> lines(qint64 documentId) const;
    Result<QList<TaxSubtotal>> taxLines(qint64 documentId) const;

    Database &m_db;
};
