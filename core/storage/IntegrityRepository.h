#pragma once

#include "Database.h"

#include <QStringList>

#include <optional>

// The statements of the company check (IntegrityCheck), on either engine. Each rule is a query
// for the rows that break it: the first one is described in a line of text (untranslated: ids,
// numbers and amounts), none means the rule holds. The SQL is the same on SQLite and PostgreSQL
// (no printf, json_* or quote(), no boolean sums), so both engines give the same findings.
class IntegrityRepository
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityRepository)
public:
    enum class Rule {
        NumbersTaken,          // one posted document per number taken, per document type
        YearlyCounters,        // each year's counter = the documents issued that year
        EntriesBalanced,       // every journal entry balances
        DocumentEntries,       // every posted document has one journal entry
        PaymentEntries,        // every payment has one journal entry
        AmountsPaid,           // amount_paid = the payments
        AmountsCredited,       // amount_credited = the credit notes applied
        ReceivablesByDue,      // summary receivables_by_due
        ReceivablesByCustomer, // summary receivables_by_customer_due
        FiguresByDay,          // summary figures_by_day
        CustomerCredits,       // customers' credits = the customer-credit account
        InvoiceStatuses,       // status agrees with what is due
        OutboxDocuments,       // each message about the posted document it names
        OutboxAttachments,     // each message carries its attachments
        OutboxSendHistory,     // sent messages in the send history, once
        OutboxClaimed,         // a message being sent was claimed by a sender
    };
    explicit IntegrityRepository(Database &db) : m_db(db) {}
    // The offending row, described; nullopt when the rule holds.
    using Breach = std::optional<QString>;

    // The first row that breaks the rule.
    Result<Breach> firstBreach(Rule rule);
    // The first outbox message queued without its "send" audit event (whose details name the
    // message: {"outbox": id}); empty when every message has one. The JSON is read here, not in SQL.
    Result<Breach> firstUnqueuedMessage();
    // Messages in "sending" and in "check".
    Result<std::pair<qint64, qint64>> messagesInFlight();

    // A company file only (SQLite): PRAGMA integrity_check (or quick_check) lines, "ok" when sound.
    Result<QStringList> fileStructure(bool quick);
    // The first reference to a missing record ("table row N refers to a missing parent"); on a
    // server the foreign keys are read from the catalog and each is checked on the rows.
    Result<Breach> firstDanglingReference();

private:
    Result<Breach> firstRow(const QString &sql);

    Database &m_db;
};
