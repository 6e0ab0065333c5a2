#pragma once

#include "ReminderFeeRepository.h"
#include "Result.h"

#include <QWidget>

class Ledger;
class MessageBanner;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;
template<typename Row>
class RowTableModel;

// The late fees of reminders, one optional rule per level: a flat amount or a percentage of
// what is due, its invoice line text and its tax (outside the scope of VAT unless a rate is
// chosen). A fee is only ever invoiced when the user confirms it on the Reminders page.
// objectNames: lateFeesTable, feeLevel, feeKind, feeAmount, feeDescription, feeTax, feeSave,
// feeRemove, lateFeesMessage.
class LateFeesWidget : public QWidget
{
    Q_OBJECT
public:
    LateFeesWidget(Ledger &ledger, QString currency, QWidget *parent = nullptr);

    void reload();
    // Saves the rule of the form's level (replacing the level's rule, if any).
    Status saveRule();
    Status removeSelected();
    const QList<LateFeeRule> &rules() const;

signals:
    void changed(const QString &whatHappened);

private:
    void fillForm(const LateFeeRule &rule);

    Ledger &m_ledger;
    QString m_currency;
    MessageBanner *m_banner;
    RowTableModel<LateFeeRule> *m_model;
    QTableView *m_view;
    QSpinBox *m_level;
    QComboBox *m_kind;
    QLineEdit *m_amount;
    QLineEdit *m_description;
    QComboBox *m_tax;
};
