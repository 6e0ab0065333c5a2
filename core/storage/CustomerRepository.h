#pragma once

#include "Customer.h"
#include "Database.h"

#include <QHash>
#include <QList>

struct CustomerSummary
{
    qint64 id = 0;
    QString name;
    QString email;
    QString vatId;
    qint64 balance = 0; // amount due on posted documents, minor units
    bool addressToReview = false;
};

class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)
public:
    explicit CustomerRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Customer &customer, const QDateTime &nowUtc);
    Status update(const Customer &customer, const QDateTime &nowUtc); // contacts replaced
    Result<Customer> find(qint64 id) const;
    // Import matching (DESIGN: same name and email, or same VAT id). 0 when none.
    Result<qint64> findMatch(const QString &name, const QString &email, const QString &vatId) const;
    // toReviewOnly: only the customers whose address could not be split (address_review).
    Result<QList<CustomerSummary>> list(const QString &search = {}, int limit = 1000, bool toReviewOnly = false) const;
    // Id and name of every customer whose address is to review, by id.
    Result<QList<std::pair<qint64, QString>>> addressesToReview() const;
    Result<qint64> count() const;

private:
    Status writeContacts(const Customer &customer);
    Database &m_db;
    // Customers read during one write transaction (Database::cacheSerial): posting reads the
    // customer its draft was made for, bulk work reads the same customers again and again.
    // Any write through this repository empties it.
    mutable QHash<qint64, Customer> m_cached;
    mutable quint64 m_cachedSerial = 0;
};
