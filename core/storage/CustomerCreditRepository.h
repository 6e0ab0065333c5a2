#pragma once

#include "CustomerCredit.h"
#include "Database.h"

#include <QList>

#include <optional>

// The movements of customers' credits (customer_credits, migration 0016), and the canonical rows
// a money event about one of them vouches for (CanonicalRows format 1):
//   customer_credit  id customer_id kind amount credit_date document_id payment_id journal_entry_id
//                    method reference created_at created_by
//   journal_entry, journal_line  its own journal entry (kept, refunded), as BookRowsRepository writes them
class CustomerCreditRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCreditRepository)
public:
    explicit CustomerCreditRepository(Database &db)
        : m_db(db)
    { }

    Result<qint64> insert(const CustomerCreditMovement &movement);
    Result<qint64> balance(qint64 customerId) const;
    Result<QList<CustomerCreditMovement>> forCustomer(qint64 customerId) const;
    // The SHA-256 of the movement's rows; nullopt when it does not exist.
    Result<std::optional<QString>> digest(qint64 movementId);
    // The sum of all credits (what the customer-credit account should hold).
    Result<qint64> total() const;

private:
    Database &m_db;
};
