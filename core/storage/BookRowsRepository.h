#pragma once

#include "Database.h"

#include <optional>

// Reads the rows an audit event that fixes money vouches for and writes them in their canonical
// form (CanonicalRows, format 1) to give their SHA-256. The field lists below are the format:
//
//   document      id doc_type number customer_id customer_name issue_date service_date due_date
//                 payment_terms_days customer_reference printed_notes internal_notes language currency
//                 total_net total_tax total_gross credited_document_id credit_reason service_order_id
//                 quotation_id snapshot approved_by approved_at posted_at posted_by created_at created_by
//                 buyer_reference order_reference payment_means
//   line          (each line of the document, by position then id) id position kind description quantity
//                 unit unit_price discount tax_category tax_rate exemption_reason line_net catalog_item_id
//                 source_line_id unit_code vatex_code
//   tax_line      (by id) id tax_category tax_rate exemption_reason base tax
//   journal_entry (the document's own entry, kind invoice or credit_note; a payment's entries) id
//                 entry_date kind document_id payment_id reference description created_at
//   journal_line  (each line of the entry before it, by id) id account_id debit credit
//   payment       id document_id kind amount payment_date method reference reverses_payment_id
//                 created_at created_by
//
// A posted document's digest covers document, its lines, tax lines and journal entry with its
// lines; a payment's (payment, reversal, refund) the payment and its journal entry with its lines.
// What changes legitimately after posting (status, amounts paid and credited, updated_at) is not
// part of it: payments and credit notes carry digests of their own.
class BookRowsRepository
{
    Q_DECLARE_TR_FUNCTIONS(BookRowsRepository)
public:
    explicit BookRowsRepository(Database &db)
        : m_db(db)
    { }

    // The SHA-256 of the rows; nullopt when the document (payment) row does not exist.
    Result<std::optional<QString>> documentDigest(qint64 documentId);
    Result<std::optional<QString>> paymentDigest(qint64 paymentId);
    // The id of the document with that number; 0 when there is none.
    Result<qint64> documentIdOfNumber(const QString &number);
    // How a document is named in a report: its number, or "document ID".
    QString documentName(qint64 documentId);
    Database &database() { return m_db; }

private:
    Database &m_db;
};
