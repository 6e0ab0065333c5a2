#include "Page.h"

#include "CompanySession.h"

Page::Page(CompanySession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    connect(&session, &CompanySession::dataChanged, this, &Page::onDataChanged);
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
