#pragma once

#include "OutboxRepository.h"

#include <QAbstractTableModel>

// The outbox as a table: status, document, recipients, subject, attempts, when, last error.
// Reads OutboxRepository::list (narrow rows, no MIME bytes); reload() after a change.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Document, Recipients, Subject, Attempts, When, Error, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DocumentIdRole, StatusRole, SortRole }; // SortRole: the value, not its text

    explicit OutboxModel(const OutboxRepository &outbox, QObject *parent = nullptr);

    // Which messages to show (empty: all) and reads them.
    ::Status setStatuses(const QList<OutboxStatus> &statuses);
    ::Status reload();
    const OutboxSummary *summaryAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const OutboxSummary &row, int column) const;

    const OutboxRepository &m_outbox;
    OutboxFilter m_filter;
    QList<OutboxSummary> m_rows;
};
