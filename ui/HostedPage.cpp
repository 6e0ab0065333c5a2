#include "HostedPage.h"

#include <QVBoxLayout>

HostedPage::HostedPage(CompanySession &session, QString title, Factory make, Refresh refresh, QWidget *parent)
    : Page(session, parent), m_title(std::move(title)), m_make(std::move(make)), m_refresh(std::move(refresh))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
}

QWidget *HostedPage::content()
{
    if (!m_content) {
        m_content = m_make(this); // reads what it shows as it is made
        layout()->addWidget(m_content);
        m_content->show(); // a child added to a shown widget stays hidden until told
    }
    return m_content;
}

void HostedPage::refresh()
{
    if (!m_content) {
        content();
        return;
    }
    if (m_refresh)
        m_refresh(m_content);
}
