#include "NewInvoiceDialog.h"

#include "CompanySession.h"
#include "CustomerPicker.h"
#include "MessageBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NewInvoiceDialog::NewInvoiceDialog(CompanySession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_customer(new CustomerPicker(session.context().customers, this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("newInvoiceDialog"));
    setWindowTitle(tr("New invoice"));
    m_customer->setObjectName(QStringLiteral("newInvoiceCustomer"));
    m_banner->setObjectName(QStringLiteral("newInvoiceMessage"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create draft"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("newInvoiceOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewInvoiceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who is the invoice for?"), this));
    layout->addWidget(m_customer);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void NewInvoiceDialog::accept()
{
    if (m_customer->customerId() == 0 && !m_customer->chooseFromText()) {
        m_banner->showMessage(tr("Choose a customer from the list (type part of the name)."));
        m_customer->setFocus();
        return;
    }
    auto id = m_session.ledger().drafts().createInvoice(m_customer->customerId());
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    m_session.changed(tr("Draft invoice created for %1.").arg(m_customer->text()));
    emit draftCreated(id.value());
    QDialog::accept();
}
