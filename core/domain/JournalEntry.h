#pragma once

#include <QDate>
#include <QList>
#include <QString>

struct JournalLine
{
    qint64 accountId = 0;
    QString accountCode;
    QString accountName;
    qint64 debit = 0;
    qint64 credit = 0;
};

// A balanced double-entry record of one posted document, payment or refund.
struct JournalEntry
{
    qint64 id = 0;
    QDate date;
    QString kind; // invoice, credit_note, payment, reversal, refund
    qint64 documentId = 0;
    qint64 paymentId = 0;
    QString reference; // document number
    QString description;
    QList<JournalLine> lines;

    qint64 totalDebit() const
    {
        qint64 sum = 0;
        for (const JournalLine &line : lines)
            sum += line.debit;
        return sum;
    }
    qint64 totalCredit() const
    {
        qint64 sum = 0;
        for (const JournalLine &line : lines)
            sum += line.credit;
        return sum;
    }
    bool isBalanced() const { return totalDebit() == totalCredit(); }
};
