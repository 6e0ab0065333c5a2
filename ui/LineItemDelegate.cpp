#include "LineItemDelegate.h"

#include "DocumentLinesModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace {
const DocumentLinesModel *linesModel(const QModelIndex &index)
{
    return qobject_cast<const DocumentLinesModel *>(index.model());
}
} // namespace

QWidget *LineItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const DocumentLinesModel *model = linesModel(index);
    if (model && index.column() == DocumentLinesModel::TaxRate) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("taxRateEditor"));
        for (const TaxRate &rate : model->taxRates())
            if (rate.active)
                combo->addItem(rate.name, rate.id);
        return combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("lineCellEditor"));
    edit->setFrame(false);
    if (model && index.column() == DocumentLinesModel::Description) {
        QStringList choices;
        for (const CatalogItem &item : model->catalog())
            if (item.active)
                choices << item.description;
        auto *completer = new QCompleter(choices, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    Q_UNUSED(option);
    return edit;
}

void LineItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(index.data(DocumentLinesModel::TaxRateIdRole));
        combo->setCurrentIndex(std::max(at, 0));
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LineItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0 && combo->currentData() != index.data(DocumentLinesModel::TaxRateIdRole))
            model->setData(index, combo->currentData(), DocumentLinesModel::TaxRateIdRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
