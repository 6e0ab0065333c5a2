#include "DocumentLinesModel.h"

#include "UiFormat.h"
#include "UnitCodes.h"

#include <QBrush>
#include <QColor>

DocumentLinesModel::DocumentLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentLinesModel::setEditable(bool editable, EditHandler handler)
{
    if (editable == m_editable) {
        m_handler = std::move(handler);
        return;
    }
    beginResetModel();
    m_editable = editable;
    m_handler = std::move(handler);
    endResetModel();
}

void DocumentLinesModel::setLines(const QList<DocumentLine> &lines)
{
    // Rows come and go at the end: the row a clerk is on keeps its number. A line typed into the
    // new-line row stays on that row (Tab then moves to its quantity) and a new empty row follows.
    const int extra = m_editable ? 1 : 0;
    const int before = static_cast<int>(m_lines.size()) + extra;
    const int after = static_cast<int>(lines.size()) + extra;
    // While rows come or go at the end, the row just before them shows what it showed: views
    // see the change of its content in the dataChanged that follows.
    if (after > before) {
        m_held = Held {before - 1, m_editable ? std::nullopt : std::optional<DocumentLine>(m_lines.value(before - 1))};
        beginInsertRows({}, before, after - 1);
        m_lines = lines;
        endInsertRows();
        m_held.reset();
    } else if (after < before) {
        if (after > 0)
            m_held = Held {after - 1, std::optional<DocumentLine>(m_lines.at(after - 1))};
        beginRemoveRows({}, after, before - 1);
        m_lines = lines;
        endRemoveRows();
        m_held.reset();
    } else {
        m_lines = lines;
    }
    if (after > 0)
        emit dataChanged(index(0, 0), index(after - 1, ColumnCount - 1));
    if (after > 0)
        emit headerDataChanged(Qt::Vertical, 0, after - 1);
}

int DocumentLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size()) + (m_editable ? 1 : 0);
}

int DocumentLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 DocumentLinesModel::taxRateIdOf(const DocumentLine &line) const
{
    for (const ::TaxRate &rate : m_taxRates)
        if (rate.category == line.taxCategory && rate.rate == line.taxRate)
            return rate.id;
    return 0;
}

QString DocumentLinesModel::taxRateName(const DocumentLine &line) const
{
    for (const ::TaxRate &rate : m_taxRates)
        if (rate.category == line.taxCategory && rate.rate == line.taxRate)
            return rate.name;
    return UiFormat::percent(line.taxRate);
}

DocumentLine DocumentLinesModel::blankLine() const
{
    DocumentLine line;
    line.quantity = ::Quantity::fromInteger(1);
    for (const ::TaxRate &rate : m_taxRates) {
        if (rate.isDefault) {
            line.taxCategory = rate.category;
            line.taxRate = rate.rate;
            line.exemptionReason = rate.exemptionReason;
        }
    }
    return line;
}

QString DocumentLinesModel::editText(const DocumentLine &line, int column) const
{
    switch (column) {
    case Description: return line.description;
    case Quantity: return UiFormat::quantity(line.quantity);
    case Unit: return line.unit;
    case UnitPrice: return UiFormat::price(line.unitPrice);
    case Discount: return line.discount.isZero() ? QString() : UiFormat::decimal(line.discount.scaled(), 2);
    case TaxRate: return taxRateName(line);
    case Net: return UiFormat::money(line.net, m_currency);
    default: return {};
    }
}

QVariant DocumentLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        const bool number = column == Quantity || column == UnitPrice || column == Discount || column == Net;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    const bool held = m_held && m_held->row == index.row();
    if (held ? !m_held->line.has_value() : isNewLineRow(index.row())) {
        if (role == Qt::DisplayRole && column == Description)
            return tr("Type here to add a line…");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        if (role == Qt::EditRole)
            return column == Description ? QString() : editText(blankLine(), column);
        if (role == TaxRateIdRole)
            return taxRateIdOf(blankLine());
        return {};
    }
    const DocumentLine &line = held ? *m_held->line : m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (column == Discount && !line.discount.isZero())
            return UiFormat::percent(line.discount);
        return editText(line, column);
    case Qt::EditRole: return editText(line, column);
    case TaxRateIdRole: return taxRateIdOf(line);
    case Qt::ToolTipRole:
        if (column == TaxRate && !line.exemptionReason.isEmpty())
            return line.exemptionReason;
        if (column == Unit && !line.unitCode.isEmpty())
            return tr("Unit code %1 (%2)").arg(line.unitCode, UnitCodes::name(line.unitCode));
        return {};
    default: return {};
    }
}

Result<DocumentLine> DocumentLinesModel::edited(const DocumentLine &original, int column, const QVariant &value) const
{
    DocumentLine line = original;
    const QString text = value.toString();
    switch (column) {
    case Description: {
        line.description = text.trimmed();
        for (const CatalogItem &item : m_catalog) {
            if (line.id == 0 && item.active
                && (item.description.compare(line.description, Qt::CaseInsensitive) == 0
                    || item.sku.compare(line.description, Qt::CaseInsensitive) == 0)) {
                line.description = item.description;
                line.kind = item.kind;
                line.unit = item.unit;
                line.unitCode = item.unitCode; // empty: from the unit text
                line.unitPrice = item.unitPrice;
                line.catalogItemId = item.id;
                for (const ::TaxRate &rate : m_taxRates) {
                    if (rate.id == item.taxRateId) {
                        line.taxCategory = rate.category;
                        line.taxRate = rate.rate;
                        line.exemptionReason = rate.exemptionReason;
                    }
                }
            }
        }
        return line;
    }
    case Quantity: {
        auto quantity = UiFormat::parse<::Quantity>(text);
        if (!quantity)
            return quantity.error().prefixed(tr("Quantity"));
        line.quantity = quantity.value();
        return line;
    }
    case Unit:
        // A code that followed the old unit text follows the new one (the service maps it).
        if (line.unitCode.isEmpty() || line.unitCode == UnitCodes::fromUnitText(line.unit))
            line.unitCode.clear();
        line.unit = text.trimmed();
        return line;
    case UnitPrice: {
        auto price = UiFormat::parse<::UnitPrice>(text, false);
        if (!price)
            return price.error().prefixed(tr("Unit price"));
        line.unitPrice = price.value();
        return line;
    }
    case Discount: {
        if (text.trimmed().isEmpty()) {
            line.discount = Percentage();
            return line;
        }
        QString t = text;
        t.remove(QLatin1Char('%'));
        auto discount = UiFormat::parse<Percentage>(t, false);
        if (!discount)
            return discount.error().prefixed(tr("Discount"));
        line.discount = discount.value();
        return line;
    }
    case TaxRate: {
        const qint64 id = value.toLongLong();
        for (const ::TaxRate &rate : m_taxRates) {
            if (rate.id == id || rate.name == text) {
                line.taxCategory = rate.category;
                line.taxRate = rate.rate;
                line.exemptionReason = rate.exemptionReason;
                return line;
            }
        }
        return Error::invalid(tr("Choose a tax rate from the list."));
    }
    default:
        return Error::invalid(tr("This column cannot be edited."));
    }
}

bool DocumentLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !m_handler || (role != Qt::EditRole && role != TaxRateIdRole)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool newLine = isNewLineRow(index.row());
    const DocumentLine original = newLine ? blankLine() : m_lines.at(index.row());
    if (!newLine && editText(original, index.column()) == value.toString() && role == Qt::EditRole)
        return false; // nothing changed
    if (newLine && index.column() != Description && value.toString().trimmed().isEmpty())
        return false;
    auto line = edited(original, index.column(), value);
    if (!line) {
        emit editRejected(line.message());
        return false;
    }
    if (newLine && line->description.isEmpty()) {
        if (index.column() != Description)
            emit editRejected(tr("Type the description of the new line first."));
        return false;
    }
    const Status done = m_handler(index.row(), line.value());
    if (!done) {
        emit editRejected(done.message());
        return false;
    }
    return true;
}

Qt::ItemFlags DocumentLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() != Net)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant DocumentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return isNewLineRow(section) ? QStringLiteral("+") : QString::number(section + 1);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Quantity || section == UnitPrice || section == Discount || section == Net;
        return QVariant::fromValue(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Description");
    case Quantity: return tr("Qty");
    case Unit: return tr("Unit");
    case UnitPrice: return tr("Unit price");
    case Discount: return tr("Discount");
    case TaxRate: return tr("Tax");
    case Net: return tr("Net");
    default: return {};
    }
}
