#pragma once

#include "Database.h"
#include "StatementEntry.h"

#include <QDateTime>
#include <QList>

// A payment an entry became.
struct StatementEntryPayment
{
    qint64 paymentId = 0;
    qint64 documentId = 0;
    QString number;
    qint64 amount = 0;
};

// Imported bank statements and their entries (migration 0015). Entries are found again by their
// key; an entry's status and applied amount change as the clerk works through them.
class StatementRepository
{
    Q_DECLARE_TR_FUNCTIONS(StatementRepository)
public:
    explicit StatementRepository(Database &db)
        : m_db(db)
    { }

    // The stored statement with these identifiers, or 0.
    Result<qint64> findStatement(const ParsedStatement &statement) const;
    Result<qint64> insertStatement(const ParsedStatement &statement, const QDateTime &nowUtc, const QString &user);
    Result<bool> hasEntry(const QString &key) const;
    Result<qint64> insertEntry(const StatementEntry &entry);
    Result<StatementEntry> find(qint64 id) const;
    // Entries in id order; openOnly: the credits not applied nor left yet.
    Result<QList<StatementEntry>> list(bool openOnly, qint64 limit = -1) const;
    Status setProgress(qint64 id, qint64 appliedAmount, StatementEntry::Status status);
    Status linkPayment(qint64 entryId, const StatementEntryPayment &payment);
    Result<QList<StatementEntryPayment>> paymentsOf(qint64 entryId) const;

private:
    Database &m_db;
};
