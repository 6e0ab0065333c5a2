#include "MandateDialog.h"

#include "CompanySession.h"
#include "MandateService.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MandateDialog::MandateDialog(CompanySession &session, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_banner(new MessageBanner(this))
    , m_reference(new QLineEdit(this))
    , m_signed(new QDateEdit(this))
    , m_iban(new QLineEdit(this))
    , m_bic(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
{
    setObjectName(QStringLiteral("mandateDialog"));
    setWindowTitle(tr("New SEPA direct debit mandate"));
    m_banner->setObjectName(QStringLiteral("mandateMessage"));
    m_reference->setObjectName(QStringLiteral("mandateReference"));
    m_reference->setMaxLength(35);
    m_signed->setObjectName(QStringLiteral("mandateSigned"));
    m_signed->setCalendarPopup(true);
    m_signed->setDisplayFormat(UiFormat::dateFormat());
    m_signed->setDate(session.today());
    m_signed->setMaximumDate(session.today());
    m_iban->setObjectName(QStringLiteral("mandateIban"));
    m_bic->setObjectName(QStringLiteral("mandateBic"));
    m_scheme->setObjectName(QStringLiteral("mandateScheme"));
    m_scheme->addItem(tr("Core (consumers and businesses)"), QStringLiteral("core"));
    m_scheme->addItem(tr("B2B (businesses only)"), QStringLiteral("b2b"));
    auto *form = new QFormLayout;
    form->addRow(tr("Mandate reference"), m_reference);
    form->addRow(tr("Signed on"), m_signed);
    form->addRow(tr("IBAN"), m_iban);
    form->addRow(tr("BIC"), m_bic);
    form->addRow(tr("Scheme"), m_scheme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add mandate"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mandateOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MandateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MandateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void MandateDialog::accept()
{
    Mandate m;
    m.customerId = m_customerId;
    m.reference = m_reference->text();
    m.signedOn = m_signed->date();
    m.iban = m_iban->text();
    m.bic = m_bic->text();
    m.scheme = m_scheme->currentData().toString() == QLatin1String("b2b") ? MandateScheme::B2B : MandateScheme::Core;
    MandateService mandates(m_session.ledger().context(), m_session.ledger().audit());
    auto id = mandates.add(m);
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    m_session.changed(tr("Mandate %1 recorded.").arg(m.reference.trimmed()));
    QDialog::accept();
}
