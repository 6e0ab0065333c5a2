#pragma once

#include <QStyledItemDelegate>

// Editors for the cells of a draft's lines: the description completes from the catalog, the
// tax column offers the company's tax rates, numbers are plain line edits read by the model.
// Keyboard entry never loses what was typed: Tab or Enter on a value the model refuses keeps the
// editor open with the text selected (the model says why); an accepted Enter emits lineEntered.
class LineItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // Enter was pressed on an accepted value of this row.
    void lineEntered(int row);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
