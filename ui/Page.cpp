#include "Page.h"

#include "CompanySession.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace {
constexpr const char *KeptThroughReloads = "facturoKeptThroughReloads";
}

Page::Page(CompanySession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    connect(&session, &CompanySession::dataChanged, this, &Page::onDataChanged);
    connect(&session, &CompanySession::othersChanged, this, &Page::onOthersChanged);
}

bool Page::canDo(PageAction) const
{
    return false;
}

void Page::doAction(PageAction) {}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void Page::onDataChanged()
{
    if (isVisible()) {
        m_stale = false;
        refresh();
    } else {
        m_stale = true;
    }
}

void Page::onOthersChanged()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (isEditing()) {
        if (!m_othersPending)
            connect(qApp, &QApplication::focusChanged, this, &Page::onFocusChanged, Qt::UniqueConnection);
        m_othersPending = true;
        return;
    }
    m_othersPending = false;
    refreshForOthers();
}

void Page::onFocusChanged()
{
    if (!m_othersPending || isEditing())
        return;
    disconnect(qApp, &QApplication::focusChanged, this, &Page::onFocusChanged);
    m_othersPending = false;
    if (isVisible())
        refreshForOthers();
    else
        m_stale = true;
}

bool Page::isEditing() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return false;
    for (QWidget *w = focus; w && w != this; w = w->parentWidget()) {
        if (w->property(KeptThroughReloads).toBool())
            return false;
        if (qobject_cast<const QAbstractItemView *>(w))
            return false; // a cell being edited has the focus in its editor, met above
        if (const auto *line = qobject_cast<const QLineEdit *>(w))
            return !line->isReadOnly();
        if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
            return !text->isReadOnly();
        if (const auto *rich = qobject_cast<const QTextEdit *>(w))
            return !rich->isReadOnly();
        if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(w))
            return !spin->isReadOnly();
        if (const auto *combo = qobject_cast<const QComboBox *>(w))
            return combo->isEditable();
    }
    return false;
}

void Page::keepThroughReloads(QWidget *field)
{
    field->setProperty(KeptThroughReloads, true);
}
