#pragma once

#include "TaxCalculator.h"

#include <QWidget>

class QGridLayout;
class QLabel;

// The totals of a document as printed: one row per tax rate (base and tax), then net, tax and
// the total. Drafts show them live as lines change.
class TaxTotalsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TaxTotalsWidget(QWidget *parent = nullptr);

    void setTotals(const DocumentTotals &totals, const QString &currency);
    // Extra rows under the total: paid, credited, amount due (posted documents).
    void setSettlement(qint64 paid, qint64 credited, qint64 due, const QString &currency);
    void clearSettlement();
    QString totalText() const;

private:
    void rebuild();

    QGridLayout *m_grid;
    DocumentTotals m_totals;
    QString m_currency;
    bool m_hasSettlement = false;
    qint64 m_paid = 0;
    qint64 m_credited = 0;
    qint64 m_due = 0;
    QLabel *m_total = nullptr;
};
