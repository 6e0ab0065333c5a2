#pragma once

#include "DocumentLine.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QHash>

// The lines of an invoice with the quantity still creditable and, editable, the quantity to
// credit now (all that remains, unless changed).
class CreditLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Description, Invoiced, AlreadyCredited, ToCredit, Net, ColumnCount };

    explicit CreditLinesModel(QObject *parent = nullptr);

    void setLines(const QList<DocumentLine> &lines, const QHash<qint64, qint64> &credited, const QString &currency);
    // Invoice line id → quantity to credit (scaled), lines with nothing to credit left out.
    QHash<qint64, qint64> quantities() const;
    // The lines the credit note would have, priced.
    Result<QList<DocumentLine>> creditLines() const;
    void creditEverything();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void quantitiesChanged();
    void editRejected(const QString &message);

private:
    struct Row
    {
        DocumentLine line;
        qint64 credited = 0; // already credited by posted credit notes (scaled)
        qint64 toCredit = 0;
        qint64 remaining() const { return line.quantity.scaled() - credited; }
    };
    QList<Row> m_rows;
    QString m_currency;
};
