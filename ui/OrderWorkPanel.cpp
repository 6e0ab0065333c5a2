#include "OrderWorkPanel.h"

#include "CompanySession.h"
#include "RowTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLineEdit *lineEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

OrderWorkPanel::OrderWorkPanel(CompanySession &session, QWidget *parent) : QObject(parent), m_session(session)
{
    m_time = new RowTableModel<TimeEntry>(
        {{tr("Technician"), [](const TimeEntry &e) { return e.technician; }},
         {tr("Date"), [](const TimeEntry &e) { return UiFormat::date(e.workDate); }},
         {tr("Hours"), [](const TimeEntry &e) { return UiFormat::quantity(e.hours); }, RowTableModel<TimeEntry>::Number},
         {tr("Rate"), [](const TimeEntry &e) { return UiFormat::price(e.hourlyRate); }, RowTableModel<TimeEntry>::Number},
         {tr("Description"), [](const TimeEntry &e) { return e.description; }}},
        this);
    m_parts = new RowTableModel<PartUsed>(
        {{tr("Part"), [](const PartUsed &p) { return p.sku.isEmpty() ? p.description : p.sku + QStringLiteral(" — ") + p.description; }},
         {tr("Qty"), [](const PartUsed &p) { return UiFormat::quantity(p.quantity); }, RowTableModel<PartUsed>::Number},
         {tr("Unit"), [](const PartUsed &p) { return p.unit; }},
         {tr("Unit price"), [](const PartUsed &p) { return UiFormat::price(p.unitPrice); }, RowTableModel<PartUsed>::Number},
         {tr("Tax"), [](const PartUsed &p) { return UiFormat::percent(p.taxRate); }, RowTableModel<PartUsed>::Number}},
        this);
    m_timeTab = new QWidget(parent);
    QWidget *timeTab = m_timeTab;
    m_timeView = TableViews::list(m_time, "timeTable", timeTab);
    m_timeForm = new QWidget(timeTab);
    m_technician = lineEdit("timeTechnician", tr("Technician"), m_timeForm);
    m_workDate = new QDateEdit(m_session.today(), m_timeForm);
    m_workDate->setObjectName(QStringLiteral("timeDate"));
    m_workDate->setCalendarPopup(true);
    m_workDate->setDisplayFormat(UiFormat::dateFormat());
    m_hours = lineEdit("timeHours", tr("Hours"), m_timeForm);
    m_rate = lineEdit("timeRate", tr("Hourly rate"), m_timeForm);
    m_workDescription = lineEdit("timeDescription", tr("Work done"), m_timeForm);
    m_technician->setMaximumWidth(150);
    m_hours->setMaximumWidth(80);
    m_rate->setMaximumWidth(100);
    auto *addTime = new QPushButton(tr("Add"), m_timeForm);
    addTime->setObjectName(QStringLiteral("addTimeButton"));
    auto *removeTime = new QPushButton(tr("Remove"), m_timeForm);
    removeTime->setObjectName(QStringLiteral("removeTimeButton"));
    connect(addTime, &QPushButton::clicked, this, &OrderWorkPanel::addTimeEntry);
    connect(removeTime, &QPushButton::clicked, this, &OrderWorkPanel::removeTimeEntry);
    // Two lines, so that the panel fits beside the list on a 1024-pixel screen in any language.
    auto *timeForm = new QVBoxLayout(m_timeForm);
    timeForm->setContentsMargins(0, 0, 0, 0);
    auto *timeRow = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_technician, m_workDate, m_hours, m_rate})
        timeRow->addWidget(w);
    timeRow->addStretch(1);
    auto *timeRow2 = new QHBoxLayout;
    timeRow2->addWidget(m_workDescription, 1);
    timeRow2->addWidget(addTime);
    timeRow2->addWidget(removeTime);
    timeForm->addLayout(timeRow);
    timeForm->addLayout(timeRow2);
    auto *timeLayout = new QVBoxLayout(timeTab);
    timeLayout->addWidget(m_timeView);
    timeLayout->addWidget(m_timeForm);

    m_partsTab = new QWidget(parent);
    QWidget *partsTab = m_partsTab;
    m_partsView = TableViews::list(m_parts, "partsTable", partsTab);
    m_partsForm = new QWidget(partsTab);
    m_partDescription = lineEdit("partDescription", tr("Part"), m_partsForm);
    m_partQuantity = lineEdit("partQuantity", tr("Qty"), m_partsForm);
    m_partUnit = lineEdit("partUnit", tr("Unit"), m_partsForm);
    m_partPrice = lineEdit("partPrice", tr("Unit price"), m_partsForm);
    m_partQuantity->setMaximumWidth(70);
    m_partUnit->setMaximumWidth(60);
    m_partPrice->setMaximumWidth(100);
    m_partTax = new QComboBox(m_partsForm);
    m_partTax->setObjectName(QStringLiteral("partTax"));
    auto *addPart = new QPushButton(tr("Add"), m_partsForm);
    addPart->setObjectName(QStringLiteral("addPartButton"));
    auto *removePart = new QPushButton(tr("Remove"), m_partsForm);
    removePart->setObjectName(QStringLiteral("removePartButton"));
    connect(addPart, &QPushButton::clicked, this, &OrderWorkPanel::addPart);
    connect(removePart, &QPushButton::clicked, this, &OrderWorkPanel::removePart);
    auto *partForm = new QVBoxLayout(m_partsForm);
    partForm->setContentsMargins(0, 0, 0, 0);
    auto *partRow = new QHBoxLayout;
    partRow->addWidget(m_partDescription, 1);
    auto *partRow2 = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_partQuantity, m_partUnit, m_partPrice, m_partTax})
        partRow2->addWidget(w);
    partRow2->addStretch(1);
    partRow2->addWidget(addPart);
    partRow2->addWidget(removePart);
    partForm->addLayout(partRow);
    partForm->addLayout(partRow2);
    auto *partsLayout = new QVBoxLayout(partsTab);
    partsLayout->addWidget(m_partsView);
    partsLayout->addWidget(m_partsForm);

}

void OrderWorkPanel::loadTaxRates()
{
    auto rates = m_session.context().catalog.taxRates();
    m_partTax->clear();
    if (!rates)
        return;
    for (const TaxRate &rate : rates.value()) {
        if (!rate.active)
            continue;
        m_partTax->addItem(rate.name, rate.id);
        if (rate.isDefault)
            m_partTax->setCurrentIndex(m_partTax->count() - 1);
    }
}

void OrderWorkPanel::setOrder(const ServiceOrder &order, bool editable)
{
    m_order = order;
    m_time->setRows(order.timeEntries);
    m_parts->setRows(order.parts);
    m_timeForm->setEnabled(editable);
    m_partsForm->setEnabled(editable);
}

void OrderWorkPanel::done(const Status &status, const QString &whatHappened)
{
    if (!status)
        emit failed(status.message());
    else
        emit changed(whatHappened);
}

void OrderWorkPanel::addTimeEntry()
{
    TimeEntry entry;
    entry.technician = m_technician->text().trimmed();
    entry.workDate = m_workDate->date();
    entry.description = m_workDescription->text().trimmed();
    auto hours = UiFormat::parse<Quantity>(m_hours->text(), false);
    if (!hours) {
        emit failed(hours.error().prefixed(tr("Hours")).message());
        return;
    }
    entry.hours = hours.value();
    auto rate = UiFormat::parse<UnitPrice>(m_rate->text(), false);
    if (!rate) {
        emit failed(rate.error().prefixed(tr("Hourly rate")).message());
        return;
    }
    entry.hourlyRate = rate.value();
    auto id = m_session.ledger().orders().addTimeEntry(m_order.id, entry);
    if (id) {
        m_hours->clear();
        m_workDescription->clear();
    }
    done(id ? Status() : Status(id.error()), tr("Time entry added."));
}

void OrderWorkPanel::removeTimeEntry()
{
    const TimeEntry *entry = m_time->rowAt(m_timeView->currentIndex().row());
    if (!entry)
        return;
    done(m_session.ledger().orders().removeTimeEntry(m_order.id, entry->id), tr("Time entry removed."));
}

void OrderWorkPanel::addPart()
{
    PartUsed part;
    part.description = m_partDescription->text().trimmed();
    part.unit = m_partUnit->text().trimmed();
    auto quantity = UiFormat::parse<Quantity>(m_partQuantity->text());
    if (!quantity) {
        emit failed(quantity.error().prefixed(tr("Quantity")).message());
        return;
    }
    part.quantity = quantity.value();
    auto price = UiFormat::parse<UnitPrice>(m_partPrice->text(), false);
    if (!price) {
        emit failed(price.error().prefixed(tr("Unit price")).message());
        return;
    }
    part.unitPrice = price.value();
    auto rate = m_session.context().catalog.taxRate(m_partTax->currentData().toLongLong());
    if (rate) {
        part.taxCategory = rate->category;
        part.taxRate = rate->rate;
        part.exemptionReason = rate->exemptionReason;
    }
    auto id = m_session.ledger().orders().addPart(m_order.id, part);
    if (id) {
        m_partDescription->clear();
        m_partQuantity->clear();
        m_partPrice->clear();
    }
    done(id ? Status() : Status(id.error()), tr("Part added."));
}

void OrderWorkPanel::removePart()
{
    const PartUsed *part = m_parts->rowAt(m_partsView->currentIndex().row());
    if (!part)
        return;
    done(m_session.ledger().orders().removePart(m_order.id, part->id), tr("Part removed."));
}
