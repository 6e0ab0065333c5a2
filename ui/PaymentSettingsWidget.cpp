#include "PaymentSettingsWidget.h"

#include "CompanySession.h"
#include "Currency.h"
#include "MandateService.h"
#include "MessageBanner.h"
#include "UiFormat.h"
#include "WriteOffService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PaymentSettingsWidget::PaymentSettingsWidget(CompanySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_writeOffLimit(new QLineEdit(this))
    , m_creditorId(new QLineEdit(this))
{
    setObjectName(QStringLiteral("paymentSettings"));
    m_banner->setObjectName(QStringLiteral("paymentSettingsMessage"));
    m_writeOffLimit->setObjectName(QStringLiteral("writeOffLimit"));
    m_writeOffLimit->setAlignment(Qt::AlignRight);
    m_creditorId->setObjectName(QStringLiteral("creditorId"));
    m_creditorId->setPlaceholderText(QStringLiteral("DE98ZZZ09999999999"));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("savePaymentSettings"));
    connect(save, &QPushButton::clicked, this, &PaymentSettingsWidget::save);
    auto *form = new QFormLayout;
    form->addRow(tr("Write-off limit"), m_writeOffLimit);
    auto *limitNote = new QLabel(tr("A difference up to this amount may be written off by anyone; above it only by a "
                                    "manager (0: managers only)."),
        this);
    limitNote->setWordWrap(true);
    form->addRow(QString(), limitNote);
    form->addRow(tr("SEPA creditor identifier"), m_creditorId);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addLayout(buttons);
    reload();
}

void PaymentSettingsWidget::reload()
{
    Ledger &ledger = m_session.ledger();
    WriteOffService writeOffs(ledger.context(), ledger.audit(), ledger.journal());
    auto company = ledger.context().company.load();
    const QString currency = company ? company->currency : QStringLiteral("EUR");
    auto limit = writeOffs.limit();
    const int digits = Currency::minorDigits(currency);
    m_writeOffLimit->setText(UiFormat::decimal(limit ? limit.value() : 0, digits, digits));
    auto creditor = MandateService(ledger.context(), ledger.audit()).creditorId();
    m_creditorId->setText(creditor ? creditor.value() : QString());
}

void PaymentSettingsWidget::save()
{
    Ledger &ledger = m_session.ledger();
    auto company = ledger.context().company.load();
    if (!company) {
        m_banner->showMessage(company.message());
        return;
    }
    auto limit = UiFormat::parseMoney(m_writeOffLimit->text(), company->currency);
    if (!limit) {
        m_banner->showMessage(limit.error().prefixed(tr("Write-off limit")).message());
        return;
    }
    MandateService mandates(ledger.context(), ledger.audit());
    auto current = mandates.creditorId();
    if (current && current.value() != m_creditorId->text().trimmed()) {
        const Status saved = mandates.setCreditorId(m_creditorId->text());
        if (!saved) {
            m_banner->showMessage(saved.message());
            return;
        }
    }
    WriteOffService writeOffs(ledger.context(), ledger.audit(), ledger.journal());
    auto before = writeOffs.limit();
    if (!before || before.value() != limit.value()) {
        const Status saved = writeOffs.setLimit(limit.value());
        if (!saved) {
            m_banner->showMessage(saved.message());
            return;
        }
    }
    m_banner->showMessage(tr("Payment settings saved."), MessageBanner::Kind::Info);
    m_session.changed();
    reload();
}
