#pragma once

#include <QList>
#include <QString>

class QWidget;

// A problem with what was typed in one field, told under that field.
struct FieldProblem
{
    QWidget *field = nullptr; // nullptr: the form as a whole
    QString message;
};

// Shows each problem as a red line under its field's row (the row of the form that holds the
// field or the widget around it), in the order given, and puts the focus on the first field.
// Problems with no row of their own go to `fallback` when given. Labels are named fieldError and
// carry the field's objectName in their "field" property.
namespace FieldProblems {
void show(QWidget *root, const QList<FieldProblem> &problems, QWidget *fallback = nullptr);
// Removes the lines shown before.
void clear(QWidget *root);
} // namespace FieldProblems
