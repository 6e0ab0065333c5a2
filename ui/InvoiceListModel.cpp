#include "InvoiceListModel.h"

#include "BackgroundReader.h"
#include "UiFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

InvoiceListModel::InvoiceListModel(const DocumentRepository &documents, const Clock &clock, QString currency,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_documents(documents), m_clock(clock), m_currency(std::move(currency))
{
}

Status InvoiceListModel::setFilter(const DocumentFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_recent.clear();
    m_pagesRead = 0;
    m_totals = {};
    m_totalsKnown = false;
    m_rows = 0;
    ::Status status;
    if (m_reader) {
        // The first page at once; the count follows.
        auto first = m_documents.list(m_filter, 0, PageSize);
        ++m_pagesRead;
        if (first) {
            m_rows = static_cast<int>(first->size());
            m_pages.insert(0, first.value());
            m_recent.append(0);
        } else {
            status = first.error();
        }
    } else {
        auto totals = m_documents.totals(m_filter);
        if (totals) {
            m_totals = totals.value();
            m_totalsKnown = true;
            m_rows = static_cast<int>(std::min<qint64>(m_totals.count, std::numeric_limits<int>::max()));
        } else {
            status = totals.error();
        }
    }
    endResetModel();
    emit totalsChanged();
    if (m_reader && status)
        requestTotals();
    return status;
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    DocumentOrder key = DocumentOrder::Newest;
    switch (column) {
    case Number: key = DocumentOrder::Number; break;
    case Type: key = DocumentOrder::Type; break;
    case Customer: key = DocumentOrder::Customer; break;
    case IssueDate: key = DocumentOrder::IssueDate; break;
    case DueDate: key = DocumentOrder::DueDate; break;
    case Total: key = DocumentOrder::Total; break;
    case AmountDue: key = DocumentOrder::AmountDue; break;
    case Status: key = DocumentOrder::Status; break;
    default: break;
    }
    const bool descending = key == DocumentOrder::Newest || order == Qt::DescendingOrder;
    if (key == m_filter.order && descending == m_filter.descending)
        return;
    beginResetModel();
    m_filter.order = key;
    m_filter.descending = descending;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

Status InvoiceListModel::reload()
{
    m_pages.clear();
    m_recent.clear();
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    if (m_reader) {
        requestTotals();
        return {};
    }
    auto totals = m_documents.totals(m_filter);
    if (!totals)
        return totals.error();
    applyTotals(totals);
    return {};
}

void InvoiceListModel::requestTotals()
{
    const DocumentFilter filter = m_filter;
    m_reader->run<DocumentTotalsRow>(
        QStringLiteral("invoice-list-totals"), this,
        [filter](Database &db) { return DocumentRepository(db).totals(filter); },
        [this](const Result<DocumentTotalsRow> &totals) { applyTotals(totals); });
}

void InvoiceListModel::applyTotals(const Result<DocumentTotalsRow> &totals)
{
    if (!totals) {
        emit loadFailed(totals.message());
        return;
    }
    const bool countChanged = m_totalsKnown && totals->count != m_totals.count;
    m_totals = totals.value();
    m_totalsKnown = true;
    if (countChanged) {
        // Pages read from the end were placed with the old count: read them again.
        m_pages.clear();
        m_recent.clear();
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
    const int rows = static_cast<int>(std::min<qint64>(m_totals.count, std::numeric_limits<int>::max()));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    emit totalsChanged();
}

const QList<DocumentSummary> *InvoiceListModel::page(int pageIndex) const
{
    auto found = m_pages.constFind(pageIndex);
    if (found != m_pages.constEnd()) {
        if (m_recent.isEmpty() || m_recent.constLast() != pageIndex) {
            m_recent.removeOne(pageIndex);
            m_recent.append(pageIndex);
        }
        return &found.value();
    }
    // Pages in the second half of a long list are read from its end: the jump to the last row
    // reads 50 rows instead of skipping a million.
    const qint64 offset = qint64(pageIndex) * PageSize;
    const qint64 total = m_totalsKnown ? m_totals.count : 0;
    auto rows = total > 0 && offset > total / 2
        ? m_documents.listFromEnd(m_filter, std::max<qint64>(0, total - offset - PageSize),
                                  std::min<qint64>(PageSize, total - offset))
        : m_documents.list(m_filter, offset, PageSize);
    ++m_pagesRead;
    if (!rows) {
        const QString message = rows.message();
        auto *self = const_cast<InvoiceListModel *>(this);
        QMetaObject::invokeMethod(self, [self, message] { emit self->loadFailed(message); }, Qt::QueuedConnection);
    }
    while (m_recent.size() >= MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(pageIndex);
    return &m_pages.insert(pageIndex, rows ? rows.value() : QList<DocumentSummary>()).value();
}

std::optional<DocumentSummary> InvoiceListModel::summaryAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const QList<DocumentSummary> *rows = page(row / PageSize);
    const int offset = row % PageSize;
    if (offset >= rows->size())
        return std::nullopt;
    return rows->at(offset);
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvoiceListModel::isOverdue(const DocumentSummary &row) const
{
    return row.type == DocumentType::Invoice
        && (row.status == DocumentStatus::Posted || row.status == DocumentStatus::PartiallyPaid)
        && row.dueDate.isValid() && row.dueDate < m_clock.today();
}

QVariant InvoiceListModel::display(const DocumentSummary &row, int column) const
{
    switch (column) {
    case Number:
        return row.number.isEmpty() ? tr("Draft #%1").arg(row.id) : row.number;
    case Type:
        return row.type == DocumentType::Invoice ? tr("Invoice") : tr("Credit note");
    case Customer:
        return row.customerName;
    case IssueDate:
        return UiFormat::date(row.issueDate);
    case DueDate:
        return UiFormat::date(row.dueDate);
    case Total:
        return UiFormat::money(row.type == DocumentType::CreditNote ? -row.totalGross : row.totalGross, m_currency);
    case AmountDue:
        if (row.status == DocumentStatus::Draft)
            return QString();
        return UiFormat::money(row.type == DocumentType::CreditNote ? -row.amountDue : row.amountDue, m_currency);
    case Status:
        if (row.deleted)
            return tr("In the trash");
        if (isOverdue(row))
            return tr("Overdue (%1 days)").arg(row.dueDate.daysTo(m_clock.today()));
        return DocumentStatuses::displayName(row.status);
    default:
        return {};
    }
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Total || index.column() == AmountDue;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::FontRole && role != IdRole
        && role != Qt::ToolTipRole)
        return {};
    const std::optional<DocumentSummary> row = summaryAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*row, index.column());
    case IdRole: return row->id;
    case Qt::ToolTipRole:
        return row->status == DocumentStatus::Draft ? tr("Draft: no number yet, freely editable") : QVariant();
    case Qt::ForegroundRole:
        if (row->deleted)
            return QBrush(QColor(0x99, 0x99, 0x99));
        if (isOverdue(*row) && (index.column() == AmountDue || index.column() == Status
                                || index.column() == DueDate))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (row->status == DocumentStatus::Paid && index.column() == Status)
            return QBrush(QColor(0x1d, 0x7a, 0x46));
        return {};
    case Qt::FontRole:
        if (row->status == DocumentStatus::Draft) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == Total || section == AmountDue ? Qt::AlignRight | Qt::AlignVCenter
                                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Type: return tr("Type");
    case Customer: return tr("Customer");
    case IssueDate: return tr("Issued");
    case DueDate: return tr("Due");
    case Total: return tr("Total");
    case AmountDue: return tr("Amount due");
    case Status: return tr("Status");
    default: return {};
    }
}
