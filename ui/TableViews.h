#pragma once

#include <functional>

class QAbstractItemModel;
class QLabel;
class QString;
class QTableView;
class QWidget;

// The few ways the window shows a table, in one place so that every list looks and behaves the
// same: read-only lists select whole rows and open with Enter or a double click; the lines of a
// document get column widths that leave the room to the description.
namespace TableViews {
QTableView *list(QAbstractItemModel *model, const char *objectName, QWidget *parent);
void setUpList(QTableView *view);
void setUpLines(QTableView *view);

// A click on a column header sorts the list (the model's sort(); a third click clears the
// sort), and the sort column and order and the widths of the columns the user can resize are
// remembered between runs, in QSettings under "lists/<the view's objectName>". Call it once the
// view has its model and default widths: what was remembered replaces them.
void makeSortable(QTableView *view);

// A line in the middle of the list when it has no rows: `emptyText` for a list with nothing in
// it yet, "Nothing found" while `filtered()` says a search or filter hides rows. The label's
// objectName is "emptyListLabel" (one per view: find it under the view).
QLabel *showWhenEmpty(QTableView *view, const QString &emptyText, std::function<bool()> filtered);
} // namespace TableViews
