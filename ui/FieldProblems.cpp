#include "FieldProblems.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace {
// The form and row that hold `field` or one of the widgets around it (up to root).
bool rowOf(QWidget *field, QWidget *root, QFormLayout **form, int *row)
{
    for (QWidget *w = field; w && w != root; w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        auto *layout = parent ? qobject_cast<QFormLayout *>(parent->layout()) : nullptr;
        if (!layout)
            continue;
        QFormLayout::ItemRole role;
        layout->getWidgetPosition(w, row, &role);
        if (*row >= 0) {
            *form = layout;
            return true;
        }
    }
    return false;
}
// The box layout that holds `widget` directly (searched through nested layouts), and its index.
QBoxLayout *boxOf(QLayout *layout, QWidget *widget, int *index)
{
    if (!layout)
        return nullptr;
    if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
        const int at = box->indexOf(widget);
        if (at >= 0) {
            *index = at;
            return box;
        }
    }
    for (int i = 0; i < layout->count(); ++i)
        if (QBoxLayout *found = boxOf(layout->itemAt(i)->layout(), widget, index))
            return found;
    return nullptr;
}
} // namespace

void FieldProblems::clear(QWidget *root)
{
    for (QLabel *old : root->findChildren<QLabel *>(QStringLiteral("fieldError"))) {
        QFormLayout *form = nullptr;
        int row = -1;
        if (rowOf(old, root, &form, &row))
            form->removeRow(row); // deletes the label and its row
        else
            delete old;
    }
}

void FieldProblems::show(QWidget *root, const QList<FieldProblem> &problems, QWidget *fallback)
{
    clear(root);
    for (const FieldProblem &problem : problems) {
        auto *label = new QLabel(problem.message);
        label->setObjectName(QStringLiteral("fieldError"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b02a1e;"));
        label->setProperty("field", problem.field ? problem.field->objectName() : QString());
        QFormLayout *form = nullptr;
        int row = -1;
        int index = -1;
        QBoxLayout *box = problem.field && problem.field->parentWidget()
            ? boxOf(problem.field->parentWidget()->layout(), problem.field, &index)
            : nullptr;
        if (problem.field && rowOf(problem.field, root, &form, &row)) {
            // Under the field and the lines already told about it.
            while (row + 1 < form->rowCount()) {
                QLayoutItem *next = form->itemAt(row + 1, QFormLayout::FieldRole);
                if (!next || !next->widget() || next->widget()->objectName() != QLatin1String("fieldError"))
                    break;
                ++row;
            }
            form->insertRow(row + 1, QString(), label);
        } else if (box) { // right under a field that has no form row (a table)
            while (index + 1 < box->count() && box->itemAt(index + 1)->widget()
                && box->itemAt(index + 1)->widget()->objectName() == QLatin1String("fieldError"))
                ++index;
            box->insertWidget(index + 1, label);
        } else {
            QWidget *host = fallback ? fallback : root;
            label->setParent(host);
            if (host->layout())
                host->layout()->addWidget(label);
        }
        label->show();
    }
    if (!problems.isEmpty() && problems.first().field)
        problems.first().field->setFocus();
}
