#pragma once

#include "Database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

// An invoice a bank entry may pay: posted, not deleted, with something left to pay.
struct OpenInvoice
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName; // the customer's current name
    QString billedName; // the name frozen on the invoice
    qint64 due = 0;
    QDate issueDate;
};

// What the matching of bank entries reads in one go: the open invoices, the customers' known
// bank accounts; and the accounts it learns.
class MatchCandidateRepository
{
    Q_DECLARE_TR_FUNCTIONS(MatchCandidateRepository)
public:
    explicit MatchCandidateRepository(Database &db)
        : m_db(db)
    { }

    Result<QList<OpenInvoice>> openInvoices() const;
    Result<OpenInvoice> openInvoice(qint64 documentId) const;
    // IBAN -> the customers who paid from it.
    Result<QHash<QString, QList<qint64>>> customerAccounts() const;
    Result<QStringList> accountsOf(qint64 customerId) const;
    // Records that the customer paid from this IBAN (nothing when already known).
    Status learnAccount(const QString &iban, qint64 customerId, qint64 entryId, const QDateTime &nowUtc);

private:
    Database &m_db;
};
