#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

// The few ways the window shows a table, in one place so that every list looks and behaves the
// same: read-only lists select whole rows and open with Enter or a double click; the lines of a
// document get column widths that leave the room to the description.
namespace TableViews {
QTableView *list(QAbstractItemModel *model, const char *objectName, QWidget *parent);
void setUpList(QTableView *view);
void setUpLines(QTableView *view);
} // namespace TableViews
