#pragma once

#include "ReminderService.h"

#include <QAbstractTableModel>

// The invoices due for a reminder, one a row, each with a check box: what the Reminders page
// sends, prints or records.
class ReminderDueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Invoice, Customer, DueDate, DaysOverdue, Level, AmountDue, Channel, LateFee, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // the value (date, amount), not its text

    explicit ReminderDueModel(QObject *parent = nullptr);

    void setRows(const QList<DueReminder> &rows, const QString &currency);
    const QList<DueReminder> &rows() const { return m_rows; }
    // The checked rows; none checked: empty.
    QList<DueReminder> checked() const;
    void setAllChecked(bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DueReminder> m_rows;
    QList<bool> m_checked;
    QString m_currency;
};
