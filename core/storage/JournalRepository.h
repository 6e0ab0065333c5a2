#pragma once

#include "Database.h"
#include "JournalEntry.h"

#include <QList>

struct AccountBalance
{
    qint64 accountId = 0;
    QString code;
    QString name;
    qint64 debit = 0;
    qint64 credit = 0;
};

class JournalRepository
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)
public:
    explicit JournalRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const JournalEntry &entry, const QDateTime &nowUtc);
    Result<QList<JournalEntry>> list(const QDate &from, const QDate &to, qint64 documentId = 0) const;
    Result<QList<AccountBalance>> balances(const QDate &asOf) const;
    // Ids of entries whose debits and credits differ (should always be empty).
    Result<QList<qint64>> unbalancedEntries() const;

private:
    Database &m_db;
};
