#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// An invoice put in a pain.008 file (table direct_debit_collections, migration 0016), with the
// payment recorded for it, and whether it came back (direct_debit_returns).
struct DirectDebitCollection
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentNumber;
    qint64 mandateId = 0;
    qint64 paymentId = 0;
    qint64 amount = 0;
    QDate collectOn;
    QString sequence; // FRST or RCUR
    QString messageId;
    QString endToEndId;
    QDateTime createdAt;
    QString createdBy;
    qint64 returnId = 0; // 0: not returned
};

struct DirectDebitReturn
{
    qint64 id = 0;
    qint64 collectionId = 0;
    QDate returnedOn;
    qint64 fee = 0;
    QString reason; // ISO 20022 return reason code (AC04, MD06, AM04, ...) or text
    qint64 reversalPaymentId = 0;
    qint64 feeDocumentId = 0; // the draft invoice charging the fee; 0: none
    QDateTime createdAt;
    QString createdBy;
};
