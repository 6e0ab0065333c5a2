#include "OutboxModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

OutboxModel::OutboxModel(const OutboxRepository &outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    m_filter.limit = 2000;
}

::Status OutboxModel::setStatuses(const QList<OutboxStatus> &statuses)
{
    m_filter.statuses = statuses;
    return reload();
}

::Status OutboxModel::reload()
{
    auto rows = m_outbox.list(m_filter);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = rows.value();
    endResetModel();
    return {};
}

const OutboxSummary *OutboxModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::display(const OutboxSummary &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status:
        return OutboxStatuses::displayName(row.status);
    case Document:
        return row.documentNumber;
    case Recipients:
        return row.recipients.join(QStringLiteral(", "));
    case Subject:
        return row.subject;
    case Attempts:
        return tr("%1 of %2").arg(row.attempts).arg(row.maxAttempts);
    case When: {
        const QDateTime when = row.status == OutboxStatus::Sent ? row.sentAt
            : row.status == OutboxStatus::Queued                ? row.nextAttemptAt
                                                                : QDateTime();
        return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case Error:
        return row.status == OutboxStatus::Sent ? QString() : row.lastError.simplified();
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Error || index.column() == Subject ? display(row, index.column()) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && (row.status == OutboxStatus::Failed || row.status == OutboxStatus::Check))
            return QBrush(QColor(0xb0, 0x2a, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case IdRole:
        return row.id;
    case DocumentIdRole:
        return row.documentId;
    case StatusRole:
        return static_cast<int>(row.status);
    case SortRole:
        if (index.column() == Attempts)
            return row.attempts;
        if (index.column() == When) {
            const QDateTime when = row.status == OutboxStatus::Sent ? row.sentAt
                : row.status == OutboxStatus::Queued                ? row.nextAttemptAt
                                                                    : QDateTime();
            return when.isValid() ? QVariant(when) : QVariant();
        }
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Document:
        return tr("Document");
    case Recipients:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Attempts:
        return tr("Attempts");
    case When:
        return tr("Sent / next attempt");
    case Error:
        return tr("Last error");
    default:
        return {};
    }
}
