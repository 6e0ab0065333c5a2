#include "TableViews.h"

#include "DocumentLinesModel.h"

#include <QHeaderView>
#include <QTableView>

namespace TableViews {

QTableView *list(QAbstractItemModel *model, const char *objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    setUpList(view);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setUpList(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void setUpLines(QTableView *view)
{
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(DocumentLinesModel::Description, QHeaderView::Stretch);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(DocumentLinesModel::Quantity, digit * 8);
    view->setColumnWidth(DocumentLinesModel::Unit, digit * 6);
    view->setColumnWidth(DocumentLinesModel::UnitPrice, digit * 12);
    view->setColumnWidth(DocumentLinesModel::Discount, digit * 9);
    view->setColumnWidth(DocumentLinesModel::TaxRate, digit * 14);
    view->setColumnWidth(DocumentLinesModel::Net, digit * 14);
}

} // namespace TableViews
