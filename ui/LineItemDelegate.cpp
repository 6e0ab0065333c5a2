#include "LineItemDelegate.h"

#include "DocumentLinesModel.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
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
    edit->setProperty("lineRow", index.row());
    edit->setProperty("lineColumn", index.column());
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

bool LineItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (!edit || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (!enter && !tab)
        return QStyledItemDelegate::eventFilter(object, event);
    if (edit->completer() && edit->completer()->popup() && edit->completer()->popup()->isVisible())
        return QStyledItemDelegate::eventFilter(object, event); // the completer takes its Enter
    auto *view = qobject_cast<QAbstractItemView *>(edit->parentWidget() ? edit->parentWidget()->parentWidget() : nullptr);
    auto *model = view ? qobject_cast<DocumentLinesModel *>(view->model()) : nullptr;
    if (!model)
        return QStyledItemDelegate::eventFilter(object, event);
    const QModelIndex index = model->index(edit->property("lineRow").toInt(), edit->property("lineColumn").toInt());
    bool refused = false;
    const auto watch = connect(model, &DocumentLinesModel::editRejected, this, [&refused] { refused = true; });
    setModelData(edit, model, index);
    disconnect(watch);
    if (refused) {
        edit->selectAll(); // the text stays, the model's message says what to change
        return true;
    }
    const int row = index.row();
    emit closeEditor(edit, enter ? SubmitModelCache
                               : key->key() == Qt::Key_Backtab || key->modifiers().testFlag(Qt::ShiftModifier)
                               ? EditPreviousItem
                               : EditNextItem);
    if (enter)
        emit lineEntered(row);
    return true;
}
