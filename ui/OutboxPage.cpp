#include "OutboxPage.h"

#include <QLabel>
#include <QVBoxLayout>

OutboxPage::OutboxPage(CompanySession &session, QWidget *parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("outboxPage"));
    auto *text = new QLabel(tr("<h2>Outbox</h2><p>Invoices and reminders sent by email will wait here until they "
                               "are delivered: queued first, then sent, retried when the mail server is "
                               "unreachable, and recorded in each invoice's history.</p>"
                               "<p>Sending by email is not available yet.</p>"),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setStyleSheet(QStringLiteral("color: #3a4452;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(text);
    layout->addStretch(1);
}

QString OutboxPage::title() const
{
    return tr("Outbox");
}
