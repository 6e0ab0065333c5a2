#include "ReminderDueModel.h"

#include "Money.h"

#include <QLocale>

ReminderDueModel::ReminderDueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReminderDueModel::setRows(const QList<DueReminder> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_checked = QList<bool>(rows.size(), false);
    m_currency = currency;
    endResetModel();
}

QList<DueReminder> ReminderDueModel::checked() const
{
    QList<DueReminder> rows;
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_checked.at(i))
            rows << m_rows.at(i);
    return rows;
}

void ReminderDueModel::setAllChecked(bool checked)
{
    for (qsizetype i = 0; i < m_checked.size(); ++i)
        m_checked[i] = checked;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::CheckStateRole});
}

int ReminderDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReminderDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReminderDueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DueReminder &d = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Invoice)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole)
        return static_cast<int>(index.column() == Invoice || index.column() == Customer || index.column() == Channel
                ? Qt::AlignLeft | Qt::AlignVCenter
                : Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case DueDate: return d.invoice.dueDate;
        case DaysOverdue: return d.daysOverdue;
        case Level: return d.level;
        case AmountDue: return d.invoice.amountDue;
        case LateFee: return d.lateFee;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Invoice:
        return d.invoice.number;
    case Customer:
        return d.invoice.customerName;
    case DueDate:
        return locale.toString(d.invoice.dueDate, QLocale::ShortFormat);
    case DaysOverdue:
        return d.daysOverdue;
    case Level:
        return d.level;
    case AmountDue:
        return Money::display(d.invoice.amountDue, m_currency, locale);
    case Channel:
        return ReminderChannels::displayName(d.channel);
    case LateFee:
        return d.lateFee > 0 ? Money::display(d.lateFee, m_currency, locale) : QString();
    default:
        return {};
    }
}

bool ReminderDueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Invoice || role != Qt::CheckStateRole || index.row() >= m_rows.size())
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ReminderDueModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Invoice)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ReminderDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Invoice:
        return tr("Invoice");
    case Customer:
        return tr("Customer");
    case DueDate:
        return tr("Due");
    case DaysOverdue:
        return tr("Days overdue");
    case Level:
        return tr("Level");
    case AmountDue:
        return tr("Amount due");
    case Channel:
        return tr("Channel");
    case LateFee:
        return tr("Late fee");
    default:
        return {};
    }
}
