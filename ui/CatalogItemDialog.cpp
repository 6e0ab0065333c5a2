#include "CatalogItemDialog.h"

#include "CompanySession.h"
#include "MessageBanner.h"
#include "UiFormat.h"
#include "UnitCodes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CatalogItemDialog::CatalogItemDialog(CompanySession &session, const CatalogItem &item, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_item(item)
    , m_banner(new MessageBanner(this))
    , m_sku(new QLineEdit(item.sku, this))
    , m_kind(new QComboBox(this))
    , m_description(new QLineEdit(item.description, this))
    , m_unit(new QLineEdit(item.unit, this))
    , m_unitCode(new QComboBox(this))
    , m_price(new QLineEdit(UiFormat::price(item.unitPrice), this))
    , m_tax(new QComboBox(this))
    , m_active(new QCheckBox(tr("Offered on new lines"), this))
{
    setObjectName(QStringLiteral("catalogItemDialog"));
    setWindowTitle(item.id > 0 ? tr("Catalog item %1").arg(item.sku) : tr("New catalog item"));
    m_banner->setObjectName(QStringLiteral("catalogItemMessage"));
    m_sku->setObjectName(QStringLiteral("catalogSku"));
    m_kind->setObjectName(QStringLiteral("catalogKind"));
    m_kind->addItem(tr("Labor"), static_cast<int>(LineKind::Labor));
    m_kind->addItem(tr("Part"), static_cast<int>(LineKind::Part));
    m_kind->addItem(tr("Other"), static_cast<int>(LineKind::Other));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(item.kind))));
    m_description->setObjectName(QStringLiteral("catalogDescription"));
    m_unit->setObjectName(QStringLiteral("catalogUnit"));
    // The UN/ECE code e-invoices give: the unit text's unless another is chosen.
    m_unitCode->setObjectName(QStringLiteral("catalogUnitCode"));
    m_unitCode->addItem(tr("As the unit says"), QString());
    for (const UnitCodes::Code &c : UnitCodes::codes())
        m_unitCode->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(c.code), QString::fromUtf8(c.name)),
            QString::fromLatin1(c.code));
    if (!item.unitCode.isEmpty() && item.unitCode != UnitCodes::fromUnitText(item.unit)) {
        if (m_unitCode->findData(item.unitCode) < 0)
            m_unitCode->addItem(item.unitCode, item.unitCode);
        m_unitCode->setCurrentIndex(m_unitCode->findData(item.unitCode));
    }
    auto showMapped = [this] {
        m_unitCode->setItemText(0, tr("As the unit says (%1)").arg(UnitCodes::fromUnitText(m_unit->text())));
    };
    showMapped();
    connect(m_unit, &QLineEdit::textChanged, this, showMapped);
    m_price->setObjectName(QStringLiteral("catalogPrice"));
    m_tax->setObjectName(QStringLiteral("catalogTax"));
    auto rates = session.context().catalog.taxRates();
    if (rates) {
        for (const TaxRate &rate : rates.value()) {
            m_tax->addItem(rate.name, rate.id);
            if (rate.id == item.taxRateId || (item.taxRateId == 0 && rate.isDefault))
                m_tax->setCurrentIndex(m_tax->count() - 1);
        }
    }
    m_active->setObjectName(QStringLiteral("catalogActive"));
    m_active->setChecked(item.active);
    auto *form = new QFormLayout;
    form->addRow(tr("Code (SKU)"), m_sku);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Unit code"), m_unitCode);
    form->addRow(tr("Unit price"), m_price);
    form->addRow(tr("Tax"), m_tax);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("catalogOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogItemDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void CatalogItemDialog::accept()
{
    CatalogItem item = m_item;
    item.sku = m_sku->text().trimmed();
    item.kind = static_cast<LineKind>(m_kind->currentData().toInt());
    item.description = m_description->text().trimmed();
    item.unit = m_unit->text().trimmed();
    item.unitCode = m_unitCode->currentData().toString(); // empty: the unit text's
    auto price = UiFormat::parse<UnitPrice>(m_price->text(), false);
    if (!price) {
        m_banner->showMessage(price.error().prefixed(tr("Unit price")).message());
        return;
    }
    item.unitPrice = price.value();
    item.taxRateId = m_tax->currentData().toLongLong();
    item.active = m_active->isChecked();
    const Status done = item.id > 0 ? m_session.ledger().settings().updateCatalogItem(item) : [&]() -> Status {
        auto id = m_session.ledger().settings().addCatalogItem(item);
        return id ? Status() : Status(id.error());
    }();
    if (!done) {
        m_banner->showMessage(done.message());
        return;
    }
    m_session.changed(tr("Catalog item %1 saved.").arg(item.sku));
    QDialog::accept();
}
