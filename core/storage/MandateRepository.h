#pragma once

#include "Database.h"
#include "Mandate.h"

#include <QList>

// SEPA direct debit mandates (table mandates, migration 0016).
class MandateRepository
{
    Q_DECLARE_TR_FUNCTIONS(MandateRepository)
public:
    explicit MandateRepository(Database &db)
        : m_db(db)
    { }

    Result<qint64> insert(const Mandate &mandate);
    Result<Mandate> find(qint64 id) const;
    // 0 when no mandate has this reference.
    Result<qint64> idOfReference(const QString &reference) const;
    Result<QList<Mandate>> forCustomer(qint64 customerId) const; // newest first
    // The mandate in force that collections of this customer use (the newest); id 0: none.
    Result<Mandate> active(qint64 customerId) const;
    Status revoke(qint64 id, const QDate &on, const QString &by);
    // FRST when no collection under the mandate stands (none yet, or every one came back), else RCUR.
    Result<QString> nextSequence(qint64 mandateId) const;

private:
    Database &m_db;
};
