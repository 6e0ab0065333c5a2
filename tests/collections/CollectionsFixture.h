#pragma once

#include "Money.h"
#include "TestDatabase.h"

#include <QDate>

// A company file for collections tests: invoices posted on chosen days (the fixed clock is
// moved there), payments and credit notes on chosen days. Net 30 unless the customer says else.
class CollectionsFixture
{
public:
    CollectionsFixture();

    TestLedger &test() { return m_test; }
    Ledger &ledger() { return m_test.ledger(); }
    qint64 customerId() const { return m_test.customerId(); }

    void setToday(const QDate &day);
    // Posts an invoice of one line (net `price`, VAT `rate`) on `issued`; returns its id.
    qint64 invoiceOn(const QDate &issued, const QString &price = QStringLiteral("100"), qint64 customerId = 0,
        const QString &rate = QStringLiteral("20"));
    qint64 payOn(qint64 invoiceId, const QDate &day, const QString &amount,
        const QString &method = QStringLiteral("bank_transfer"));
    // Credits `quantity` of the invoice's first line on `day`; returns the credit note's id.
    qint64 creditOn(qint64 invoiceId, const QDate &day, const QString &quantity = QStringLiteral("1"));
    qint64 addCustomer(const QString &name, bool noReminders = false, const QString &email = {});
    qint64 amountDue(qint64 documentId);
    QString number(qint64 documentId);

private:
    TestLedger m_test;
};
