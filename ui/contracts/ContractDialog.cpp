#include "ContractDialog.h"

#include "CatalogItem.h"
#include "CompanySession.h"
#include "CustomerPicker.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace {
QDateEdit *dateEdit(QWidget *parent, const char *name, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(UiFormat::dateFormat());
    return edit;
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

ContractDialog::ContractDialog(CompanySession &session, qint64 contractId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session.context(), session.ledger().audit())
    , m_banner(new MessageBanner(this))
    , m_customer(new CustomerPicker(session.context().customers, this))
    , m_every(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_start(dateEdit(this, "contractStart", session.today()))
    , m_endKind(new QComboBox(this))
    , m_endDate(dateEdit(this, "contractEndDate", session.today().addYears(1)))
    , m_count(new QSpinBox(this))
    , m_billing(new QComboBox(this))
    , m_leadDays(new QSpinBox(this))
    , m_action(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_lines(new QTableWidget(0, 5, this))
    , m_lineText(new QLineEdit(this))
    , m_lineQuantity(new QLineEdit(this))
    , m_linePrice(new QLineEdit(this))
    , m_lineRate(new QLineEdit(this))
    , m_newPrice(new QLineEdit(this))
    , m_priceFrom(dateEdit(this, "priceFrom", session.today()))
    , m_endOn(dateEdit(this, "endOn", session.today()))
{
    setObjectName(QStringLiteral("contractDialog"));
    m_banner->setObjectName(QStringLiteral("contractMessage"));
    m_customer->setObjectName(QStringLiteral("contractCustomer"));
    m_every->setObjectName(QStringLiteral("contractEvery"));
    m_every->setRange(1, 120);
    m_unit->setObjectName(QStringLiteral("contractUnit"));
    m_unit->addItem(tr("weeks"), QVariant::fromValue(static_cast<int>(ContractUnit::Week)));
    m_unit->addItem(tr("months"), QVariant::fromValue(static_cast<int>(ContractUnit::Month)));
    m_unit->addItem(tr("years"), QVariant::fromValue(static_cast<int>(ContractUnit::Year)));
    m_unit->setCurrentIndex(1);
    m_endKind->setObjectName(QStringLiteral("contractEndKind"));
    m_endKind->addItems({tr("open"), tr("on a date (inclusive)"), tr("after a number of invoices")});
    m_count->setObjectName(QStringLiteral("contractCount"));
    m_count->setRange(1, 10000);
    m_count->setValue(12);
    m_billing->setObjectName(QStringLiteral("contractBilling"));
    m_billing->addItems({tr("in advance (first day of the period)"), tr("in arrears (last day of the period)")});
    m_leadDays->setObjectName(QStringLiteral("contractLeadDays"));
    m_leadDays->setRange(0, 366);
    m_action->setObjectName(QStringLiteral("contractAction"));
    m_action->addItems({tr("a draft"), tr("a posted invoice"), tr("a posted invoice, sent")});
    m_reference->setObjectName(QStringLiteral("contractReference"));
    m_status->setObjectName(QStringLiteral("contractStatus"));
    auto endRow = new QHBoxLayout;
    endRow->addWidget(m_endKind);
    endRow->addWidget(m_endDate);
    endRow->addWidget(m_count);
    auto everyRow = new QHBoxLayout;
    everyRow->addWidget(m_every);
    everyRow->addWidget(m_unit, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Every"), everyRow);
    form->addRow(tr("Start"), m_start);
    form->addRow(tr("Ends"), endRow);
    form->addRow(tr("Billed"), m_billing);
    form->addRow(tr("Lead days"), m_leadDays);
    form->addRow(tr("Each occurrence makes"), m_action);
    form->addRow(tr("Reference"), m_reference);
    form->addRow(tr("Status"), m_status);
    auto updateEnd = [this] {
        m_endDate->setVisible(m_endKind->currentIndex() == 1);
        m_count->setVisible(m_endKind->currentIndex() == 2);
    };
    connect(m_endKind, &QComboBox::currentIndexChanged, this, updateEnd);
    updateEnd();

    m_lines->setObjectName(QStringLiteral("contractLines"));
    m_lines->setHorizontalHeaderLabels({tr("Line"), tr("Description"), tr("Quantity"), tr("Price now"), tr("Prices")});
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineItem = new QComboBox(this);
    m_lineItem->setObjectName(QStringLiteral("lineCatalogItem"));
    m_lineItem->setToolTip(tr("A catalog item fills the line's text, price and tax rate"));
    m_lineItem->addItem(tr("Free text"), 0);
    if (auto items = session.context().catalog.items(); items.ok())
        for (const CatalogItem &item : std::as_const(items.value()))
            if (item.active)
                m_lineItem->addItem(item.sku + QStringLiteral(" — ") + item.description, item.id);
    m_lineText->setObjectName(QStringLiteral("lineDescription"));
    m_lineText->setPlaceholderText(tr("Description: {month} {year}, {period}, {period_start}, {period_end}"));
    m_lineQuantity->setObjectName(QStringLiteral("lineQuantity"));
    m_lineQuantity->setText(QStringLiteral("1"));
    m_linePrice->setObjectName(QStringLiteral("linePrice"));
    m_linePrice->setPlaceholderText(tr("Unit price"));
    m_lineRate->setObjectName(QStringLiteral("lineTaxRate"));
    m_lineRate->setText(QStringLiteral("20"));
    m_newPrice->setObjectName(QStringLiteral("newPrice"));
    m_newPrice->setPlaceholderText(tr("New unit price"));
    auto *addLineButton = button(tr("Add line"), "addLineButton", this);
    auto *removeLineButton = button(tr("Remove line"), "removeLineButton", this);
    auto *newPriceButton = button(tr("New price from"), "newPriceButton", this);
    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(m_lineItem, 1);
    lineRow->addWidget(m_lineText, 3);
    lineRow->addWidget(m_lineQuantity);
    lineRow->addWidget(m_linePrice);
    lineRow->addWidget(m_lineRate);
    lineRow->addWidget(addLineButton);
    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(removeLineButton);
    priceRow->addStretch(1);
    priceRow->addWidget(m_newPrice);
    priceRow->addWidget(newPriceButton);
    priceRow->addWidget(m_priceFrom);
    auto *lines = new QGroupBox(tr("Lines"), this);
    auto *linesLayout = new QVBoxLayout(lines);
    linesLayout->addWidget(m_lines, 1);
    linesLayout->addLayout(lineRow);
    linesLayout->addLayout(priceRow);

    auto *pauseButton = button(tr("Pause"), "pauseButton", this);
    auto *resumeButton = button(tr("Resume…"), "resumeButton", this);
    auto *endButton = button(tr("End on"), "endButton", this);
    auto *cancelButton = button(tr("Cancel contract"), "cancelContractButton", this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(pauseButton);
    statusRow->addWidget(resumeButton);
    statusRow->addWidget(endButton);
    statusRow->addWidget(m_endOn);
    statusRow->addStretch(1);
    statusRow->addWidget(cancelButton);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::ApplyRole);
    saveButton->setObjectName(QStringLiteral("saveContractButton"));
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(addLineButton, &QPushButton::clicked, this, [this] { (void)addLine(); });
    connect(m_lineItem, &QComboBox::currentIndexChanged, this, [this] { fillFromCatalog(); });
    connect(removeLineButton, &QPushButton::clicked, this, [this] { (void)removeSelectedLine(); });
    connect(newPriceButton, &QPushButton::clicked, this, [this] { (void)newPrice(); });
    connect(pauseButton, &QPushButton::clicked, this, [this] { (void)pause(); });
    connect(endButton, &QPushButton::clicked, this, [this] { (void)endContract(); });
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Cancel the contract"), tr("Bill nothing more on this contract?"))
            == QMessageBox::Yes)
            (void)cancelContract();
    });
    connect(resumeButton, &QPushButton::clicked, this, [this] {
        QMessageBox ask(QMessageBox::Question, tr("Resume the contract"),
            tr("Bill the periods missed while the contract was paused, or skip them?"), QMessageBox::NoButton, this);
        QPushButton *catchUp = ask.addButton(tr("Bill them"), QMessageBox::AcceptRole);
        QPushButton *skip = ask.addButton(tr("Skip them"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() == catchUp)
            (void)resume(ContractService::Missed::CatchUp);
        else if (ask.clickedButton() == skip)
            (void)resume(ContractService::Missed::Skip);
    });
    m_needsContract = {lines, pauseButton, resumeButton, endButton, m_endOn, cancelButton};

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(lines, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    resize(820, 620);
    load(contractId);
}

void ContractDialog::load(qint64 id)
{
    m_contract = Contract();
    if (id > 0) {
        auto c = m_service.repository().find(id);
        if (!c) {
            m_banner->showMessage(c.message());
            return;
        }
        m_contract = c.value();
    }
    showContract();
}

void ContractDialog::showContract()
{
    const Contract &c = m_contract;
    const bool exists = c.id > 0;
    setWindowTitle(exists ? tr("Contract %1").arg(c.id) : tr("New contract"));
    for (QWidget *w : std::as_const(m_needsContract))
        w->setEnabled(exists && c.status != ContractStatus::Cancelled);
    if (!exists)
        return;
    m_customer->setCustomer(c.customerId, c.customerName);
    m_every->setValue(c.every);
    m_unit->setCurrentIndex(static_cast<int>(c.unit));
    m_start->setDate(c.startDate);
    m_endKind->setCurrentIndex(c.endDate.isValid() ? 1 : c.maxCount > 0 ? 2 : 0);
    if (c.endDate.isValid())
        m_endDate->setDate(c.endDate);
    if (c.maxCount > 0)
        m_count->setValue(c.maxCount);
    m_billing->setCurrentIndex(c.billing == ContractBilling::Advance ? 0 : 1);
    m_leadDays->setValue(c.leadDays);
    m_action->setCurrentIndex(static_cast<int>(c.action));
    m_reference->setText(c.reference);
    m_status->setText(ContractKeys::statusName(c.status)
        + (c.endDate.isValid() ? tr(", ends %1").arg(UiFormat::date(c.endDate)) : QString()));
    m_lines->setRowCount(0);
    for (const ContractLine &l : c.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        auto *id = new QTableWidgetItem(QString::number(l.id));
        id->setData(Qt::UserRole, l.id);
        m_lines->setItem(row, 0, id);
        m_lines->setItem(row, 1,
            new QTableWidgetItem(
                l.description + (l.endsOn.isValid() ? tr(" (until %1)").arg(UiFormat::date(l.endsOn)) : QString())));
        m_lines->setItem(row, 2, new QTableWidgetItem(UiFormat::quantity(l.quantity)));
        const ContractVersion *now = l.versionFor(m_session.today());
        m_lines->setItem(row, 3, new QTableWidgetItem(now ? UiFormat::price(now->unitPrice) : QString()));
        QStringList versions;
        for (const ContractVersion &v : l.versions)
            versions << tr("%1 (%2 %) from %3, by %4")
                            .arg(UiFormat::price(v.unitPrice), UiFormat::percent(v.taxRate),
                                UiFormat::date(v.effectiveFrom), v.createdBy);
        m_lines->setItem(row, 4, new QTableWidgetItem(versions.join(QStringLiteral("; "))));
    }
}

Status ContractDialog::report(const Status &done, const QString &success)
{
    if (!done) {
        m_banner->showMessage(done.message());
        return done;
    }
    m_banner->clearMessage();
    load(m_contract.id);
    m_session.changed(success);
    return done;
}

Result<Contract> ContractDialog::header() const
{
    Contract c = m_contract;
    if (m_customer->customerId() == 0 && !m_customer->chooseFromText())
        return Error::invalid(tr("Choose the customer the contract bills."));
    c.customerId = m_customer->customerId();
    c.every = m_every->value();
    c.unit = static_cast<ContractUnit>(m_unit->currentData().toInt());
    c.startDate = m_start->date();
    c.endDate = m_endKind->currentIndex() == 1 ? m_endDate->date() : QDate();
    c.maxCount = m_endKind->currentIndex() == 2 ? m_count->value() : 0;
    c.billing = m_billing->currentIndex() == 0 ? ContractBilling::Advance : ContractBilling::Arrears;
    c.leadDays = m_leadDays->value();
    c.action = static_cast<ContractAction>(m_action->currentIndex());
    c.reference = m_reference->text();
    return c;
}

Status ContractDialog::save()
{
    auto c = header();
    if (!c)
        return report(c.error(), {});
    if (m_contract.id > 0)
        return report(m_service.edit(c.value()), tr("Contract %1 saved.").arg(m_contract.id));
    auto id = m_service.add(c.value());
    if (!id)
        return report(id.error(), {});
    m_contract.id = id.value();
    return report({}, tr("Contract %1 added: add its lines.").arg(id.value()));
}

void ContractDialog::fillFromCatalog()
{
    const qint64 itemId = m_lineItem->currentData().toLongLong();
    if (itemId == 0)
        return;
    auto items = m_session.context().catalog.items();
    if (!items)
        return;
    for (const CatalogItem &item : std::as_const(items.value())) {
        if (item.id != itemId)
            continue;
        m_lineText->setText(item.description);
        m_linePrice->setText(UiFormat::price(item.unitPrice));
        auto rate = item.taxRateId > 0 ? m_session.context().catalog.taxRate(item.taxRateId)
                                       : m_session.context().catalog.defaultTaxRate();
        if (rate)
            m_lineRate->setText(UiFormat::decimal(rate->rate.scaled(), Percentage::scale));
    }
}

Status ContractDialog::addLine()
{
    ContractLine line;
    line.description = m_lineText->text();
    std::optional<TaxRate> itemRate; // the chosen catalog item's own tax rate
    if (const qint64 itemId = m_lineItem->currentData().toLongLong(); itemId > 0) {
        auto items = m_session.context().catalog.items();
        if (!items)
            return report(items.error(), {});
        for (const CatalogItem &item : std::as_const(items.value()))
            if (item.id == itemId) {
                line.catalogItemId = item.id;
                line.unit = item.unit;
                line.kind = item.kind;
                auto rate = item.taxRateId > 0 ? m_session.context().catalog.taxRate(item.taxRateId)
                                               : m_session.context().catalog.defaultTaxRate();
                if (rate)
                    itemRate = rate.value();
            }
    }
    auto quantity = UiFormat::parse<Quantity>(m_lineQuantity->text());
    if (!quantity)
        return report(quantity.error().prefixed(tr("Quantity")), {});
    line.quantity = quantity.value();
    ContractVersion price;
    auto unitPrice = UiFormat::parse<UnitPrice>(m_linePrice->text());
    if (!unitPrice)
        return report(unitPrice.error().prefixed(tr("Unit price")), {});
    auto rate = UiFormat::parse<Percentage>(m_lineRate->text(), false);
    if (!rate)
        return report(rate.error().prefixed(tr("Tax rate")), {});
    price.unitPrice = unitPrice.value();
    price.taxRate = rate.value();
    price.taxCategory = rate->isZero() ? TaxCategory::Zero : TaxCategory::Standard;
    if (itemRate && itemRate->rate == price.taxRate) { // the item's own category (exempt, reverse charge...)
        price.taxCategory = itemRate->category;
        price.exemptionReason = itemRate->exemptionReason;
    }
    auto added = m_service.addLine(m_contract.id, line, price);
    if (!added)
        return report(added.error(), {});
    m_lineText->clear();
    m_linePrice->clear();
    m_lineItem->setCurrentIndex(0);
    return report({}, tr("Line added to contract %1.").arg(m_contract.id));
}

qint64 ContractDialog::selectedLineId() const
{
    const int row = m_lines->currentRow();
    return row >= 0 && m_lines->item(row, 0) ? m_lines->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

Status ContractDialog::removeSelectedLine()
{
    if (selectedLineId() == 0)
        return report(Error::invalid(tr("Select the line to remove.")), {});
    return report(m_service.removeLine(m_contract.id, selectedLineId(), m_priceFrom->date()),
        tr("The line is removed from %1 on.").arg(UiFormat::date(m_priceFrom->date())));
}

Status ContractDialog::newPrice()
{
    if (selectedLineId() == 0)
        return report(Error::invalid(tr("Select the line whose price changes.")), {});
    ContractVersion v;
    for (const ContractLine &l : std::as_const(m_contract.lines))
        if (l.id == selectedLineId() && !l.versions.isEmpty())
            v = l.versions.last();
    auto unitPrice = UiFormat::parse<UnitPrice>(m_newPrice->text());
    if (!unitPrice)
        return report(unitPrice.error().prefixed(tr("New unit price")), {});
    v.unitPrice = unitPrice.value();
    v.effectiveFrom = m_priceFrom->date();
    auto version = m_service.setPrice(m_contract.id, selectedLineId(), v);
    if (!version)
        return report(version.error(), {});
    m_newPrice->clear();
    return report({}, tr("New price from %1.").arg(UiFormat::date(v.effectiveFrom)));
}

Status ContractDialog::pause()
{
    return report(m_service.pause(m_contract.id), tr("Contract %1 paused.").arg(m_contract.id));
}

Status ContractDialog::resume(ContractService::Missed missed)
{
    return report(m_service.resume(m_contract.id, missed), tr("Contract %1 resumed.").arg(m_contract.id));
}

Status ContractDialog::endContract()
{
    return report(m_service.end(m_contract.id, m_endOn->date()),
        tr("Contract %1 ends on %2.").arg(m_contract.id).arg(UiFormat::date(m_endOn->date())));
}

Status ContractDialog::cancelContract()
{
    return report(m_service.cancel(m_contract.id), tr("Contract %1 cancelled.").arg(m_contract.id));
}
