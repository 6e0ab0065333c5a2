#include "OutboxPage.h"

#include "CompanySession.h"
#include "Navigator.h"
#include "mail/OutboxWidget.h"

#include <QVBoxLayout>

OutboxPage::OutboxPage(CompanySession &session, Navigator &navigator, QWidget *parent)
    : Page(session, parent), m_outbox(new OutboxWidget(session.mail(), this))
{
    setObjectName(QStringLiteral("outboxPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_outbox);
    connect(m_outbox, &OutboxWidget::openDocumentRequested, &navigator, &Navigator::openDocument);
    connect(m_outbox, &OutboxWidget::statusMessage, this, &Page::statusMessage);
}

QString OutboxPage::title() const
{
    return tr("Outbox");
}

void OutboxPage::refresh()
{
    m_outbox->reload();
}
