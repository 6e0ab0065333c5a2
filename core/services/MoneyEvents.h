#pragma once

#include "BookRowsRepository.h"

#include <QJsonObject>

// The audit events that fix money, and the rows each one vouches for with a digest
// (details key "rows_sha256", CanonicalRows format 1; see BookRowsRepository for the fields):
//   post              (invoice, credit_note)  the document: its lines, tax lines, journal entry
//   payment, payment_reversal, refund         the payment named by details "payment", with its
//                                             journal entry
//   credit            (invoice)               the credit note named by details "credit_note"
//   write_off         (invoice)               the write-off (a payment row of kind write_off) named
//                                             by details "payment", with its journal entry
//   credit_kept, credit_applied, credit_refund (customer)  the customer-credit movement named by
//                                             details "credit", with its own journal entry (kept,
//                                             refund); CustomerCreditRepository lists the fields
//   debit_returned    (invoice)               the returned direct debit named by details "return"
//                                             and its collection (DirectDebitRepository)
class MoneyEvents
{
    Q_DECLARE_TR_FUNCTIONS(MoneyEvents)
public:
    static const QString &digestKey(); // "rows_sha256"
    static bool fixesMoney(const QString &entity, const QString &action);

    struct Rows
    {
        enum class Table { Document, Payment, CustomerCredit, DebitReturn };
        Table table = Table::Document;
        bool isPayment = false; // table == Payment
        qint64 id = 0; // the document or payment; 0 when the event names none that exists
        QString name; // how a report names them: "INV-2026-00001", "payment 4 on INV-2026-00001"
    };
    // Which rows the event vouches for (call only for fixesMoney events).
    static Result<Rows> rowsOf(BookRowsRepository &rows, const QString &entity, qint64 entityId, const QString &action,
        const QJsonObject &details);
    // The digest of those rows now; nullopt when they do not exist.
    static Result<std::optional<QString>> digestOf(BookRowsRepository &rows, const Rows &which);
};
