#pragma once

#include "Database.h"
#include "DirectDebitCollection.h"

#include <QList>

#include <optional>

// An open invoice a direct debit file may collect: its amount due and the customer's mandate.
struct DirectDebitCandidate
{
    qint64 documentId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    qint64 amountDue = 0;
    QDate issueDate;
    QDate dueDate;
    qint64 mandateId = 0;
};

// Direct debit collections and returns (migration 0016), and the canonical rows a returned debit's
// audit event vouches for (CanonicalRows format 1):
//   direct_debit_return      id collection_id returned_on fee reason reversal_payment_id fee_document_id
//                            created_at created_by
//   direct_debit_collection  id document_id mandate_id payment_id amount collect_on sequence message_id
//                            end_to_end_id created_at created_by
class DirectDebitRepository
{
    Q_DECLARE_TR_FUNCTIONS(DirectDebitRepository)
public:
    explicit DirectDebitRepository(Database &db)
        : m_db(db)
    { }

    // Open invoices to be paid by direct debit, due on or before collectOn, of customers with a
    // mandate in force signed on or before it, not already in a collection that stands; oldest first.
    Result<QList<DirectDebitCandidate>> due(const QDate &collectOn) const;
    Result<qint64> insertCollection(const DirectDebitCollection &collection);
    // The collections of an invoice, oldest first, each with its return id (0: none).
    Result<QList<DirectDebitCollection>> forDocument(qint64 documentId) const;
    // The invoice of a collection by its end-to-end id (what a bank statement names); 0: none.
    Result<qint64> documentOfEndToEnd(const QString &endToEndId) const;
    Result<qint64> insertReturn(const DirectDebitReturn &returned);
    Result<std::optional<QString>> returnDigest(qint64 returnId);
    // How many collections were ever written (numbers the next message).
    Result<qint64> collectionCount() const;

private:
    Database &m_db;
};
