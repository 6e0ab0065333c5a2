#include "CreditLinesModel.h"

#include "DraftService.h"
#include "UiFormat.h"

CreditLinesModel::CreditLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void CreditLinesModel::setLines(const QList<DocumentLine> &lines, const QHash<qint64, qint64> &credited,
                                const QString &currency)
{
    beginResetModel();
    m_currency = currency;
    m_rows.clear();
    for (const DocumentLine &line : lines) {
        Row row{line, credited.value(line.id), 0};
        row.toCredit = row.remaining();
        m_rows.append(row);
    }
    endResetModel();
    emit quantitiesChanged();
}

void CreditLinesModel::creditEverything()
{
    for (Row &row : m_rows)
        row.toCredit = row.remaining();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    emit quantitiesChanged();
}

QHash<qint64, qint64> CreditLinesModel::quantities() const
{
    QHash<qint64, qint64> wanted;
    for (const Row &row : m_rows)
        if (row.toCredit != 0)
            wanted.insert(row.line.id, row.toCredit);
    return wanted;
}

Result<QList<DocumentLine>> CreditLinesModel::creditLines() const
{
    QList<DocumentLine> lines;
    for (const Row &row : m_rows) {
        if (row.toCredit == 0)
            continue;
        DocumentLine line = row.line;
        line.quantity = Quantity::fromScaled(row.toCredit);
        auto priced = DraftService::priced(line, m_currency);
        if (!priced)
            return priced.error();
        lines.append(priced.value());
    }
    return lines;
}

int CreditLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CreditLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Description ? Qt::AlignLeft | Qt::AlignVCenter
                                                                 : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Description: return row.line.description;
    case Invoiced: return UiFormat::quantity(row.line.quantity);
    case AlreadyCredited: return row.credited == 0 ? QString() : UiFormat::quantity(Quantity::fromScaled(row.credited));
    case ToCredit: return UiFormat::quantity(Quantity::fromScaled(row.toCredit));
    case Net: {
        DocumentLine line = row.line;
        line.quantity = Quantity::fromScaled(row.toCredit);
        if (row.toCredit == 0)
            return UiFormat::money(0, m_currency);
        auto priced = DraftService::priced(line, m_currency);
        return priced ? UiFormat::money(priced->net, m_currency) : QString();
    }
    default: return {};
    }
}

bool CreditLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ToCredit
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    qint64 wanted = 0;
    if (!text.isEmpty()) {
        auto quantity = UiFormat::parse<Quantity>(text);
        if (!quantity) {
            emit editRejected(quantity.error().prefixed(row.line.description).message());
            return false;
        }
        wanted = quantity->scaled();
    }
    const qint64 remaining = row.remaining();
    const bool fits = remaining >= 0 ? (wanted >= 0 && wanted <= remaining) : (wanted <= 0 && wanted >= remaining);
    if (!fits) {
        emit editRejected(tr("Line \"%1\": at most %2 can still be credited.")
                              .arg(row.line.description, UiFormat::quantity(Quantity::fromScaled(remaining))));
        return false;
    }
    row.toCredit = wanted;
    emit dataChanged(this->index(index.row(), ToCredit), this->index(index.row(), Net));
    emit quantitiesChanged();
    return true;
}

Qt::ItemFlags CreditLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ToCredit)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CreditLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Description");
    case Invoiced: return tr("Invoiced");
    case AlreadyCredited: return tr("Already credited");
    case ToCredit: return tr("To credit");
    case Net: return tr("Net credited");
    default: return {};
    }
}
