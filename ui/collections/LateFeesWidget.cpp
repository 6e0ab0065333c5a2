#include "LateFeesWidget.h"

#include "Ledger.h"
#include "MessageBanner.h"
#include "ReminderFeeService.h"
#include "RowTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int OutsideVat = -1; // the tax combo's entry for "outside the scope of VAT"

ReminderFeeService fees(Ledger &ledger)
{
    return ReminderFeeService(ledger.context(), ledger.audit(), ledger.drafts());
}
} // namespace

LateFeesWidget::LateFeesWidget(Ledger &ledger, QString currency, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_currency(std::move(currency)), m_banner(new MessageBanner(this)),
      m_model(nullptr), m_view(nullptr), m_level(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_amount(new QLineEdit(this)), m_description(new QLineEdit(this)), m_tax(new QComboBox(this))
{
    setObjectName(QStringLiteral("lateFees"));
    const QString money = m_currency;
    m_model = new RowTableModel<LateFeeRule>(
        {{tr("Level"), [](const LateFeeRule &r) { return r.level; }, RowTableModel<LateFeeRule>::Number},
         {tr("Fee"),
          [money](const LateFeeRule &r) {
              return r.kind == LateFeeRule::Kind::Flat ? UiFormat::money(r.amount, money)
                                                       : tr("%1 % of the amount due").arg(UiFormat::decimal(r.amount, 2));
          },
          RowTableModel<LateFeeRule>::Number},
         {tr("Invoice line"),
          [](const LateFeeRule &r) { return r.description.isEmpty() ? tr("(standard text)") : r.description; }},
         {tr("Tax"),
          [](const LateFeeRule &r) {
              return r.taxCategory == TaxCategory::Exempt
                         ? r.exemptionReason
                         : QStringLiteral("%1 %2").arg(TaxCategories::displayName(r.taxCategory),
                                                       UiFormat::percent(r.taxRate));
          }}},
        this);
    m_banner->setObjectName(QStringLiteral("lateFeesMessage"));
    m_view = TableViews::list(m_model, "lateFeesTable", this);
    m_level->setObjectName(QStringLiteral("feeLevel"));
    m_level->setRange(1, 99);
    m_kind->setObjectName(QStringLiteral("feeKind"));
    m_kind->addItem(tr("Flat amount"), static_cast<int>(LateFeeRule::Kind::Flat));
    m_kind->addItem(tr("Percentage of the amount due"), static_cast<int>(LateFeeRule::Kind::Percent));
    m_amount->setObjectName(QStringLiteral("feeAmount"));
    m_amount->setPlaceholderText(tr("e.g. 5.00 or 1.5"));
    m_description->setObjectName(QStringLiteral("feeDescription"));
    m_description->setPlaceholderText(tr("Empty: “Late fee, reminder n of invoice …”"));
    m_tax->setObjectName(QStringLiteral("feeTax"));
    m_tax->addItem(tr("Outside the scope of VAT"), OutsideVat);
    auto rates = ledger.context().catalog.taxRates();
    if (rates)
        for (const TaxRate &rate : rates.value())
            if (rate.active && rate.category != TaxCategory::Exempt)
                m_tax->addItem(rate.name, rate.id);

    auto *save = new QPushButton(tr("Save fee"), this);
    save->setObjectName(QStringLiteral("feeSave"));
    auto *remove = new QPushButton(tr("Remove fee"), this);
    remove->setObjectName(QStringLiteral("feeRemove"));
    auto *hint = new QLabel(tr("A fee is invoiced as a new draft linked to the reminded invoice, only when you "
                               "confirm it on the Reminders page."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5a6472;"));

    auto *form = new QFormLayout;
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addWidget(m_kind, 1);
    form->addRow(tr("Reminder level"), levelRow);
    form->addRow(tr("Amount or %"), m_amount);
    form->addRow(tr("Invoice line"), m_description);
    form->addRow(tr("Tax"), m_tax);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(remove);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, [this] { (void)saveRule(); /* shown in the banner */ });
    connect(remove, &QPushButton::clicked, this, [this] { (void)removeSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const LateFeeRule *rule = m_model->rowAt(index.row()))
            fillForm(*rule);
    });
    reload();
}

const QList<LateFeeRule> &LateFeesWidget::rules() const
{
    return m_model->rows();
}

void LateFeesWidget::reload()
{
    auto rules = fees(m_ledger).rules();
    if (!rules) {
        m_banner->showMessage(rules.message());
        return;
    }
    m_model->setRows(rules.value());
}

void LateFeesWidget::fillForm(const LateFeeRule &rule)
{
    m_level->setValue(rule.level);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(rule.kind)));
    m_amount->setText(rule.kind == LateFeeRule::Kind::Flat ? UiFormat::decimal(rule.amount, 2, 2)
                                                           : UiFormat::decimal(rule.amount, 2));
    m_description->setText(rule.description);
    m_tax->setCurrentIndex(0);
}

Status LateFeesWidget::saveRule()
{
    LateFeeRule rule;
    rule.level = m_level->value();
    rule.kind = static_cast<LateFeeRule::Kind>(m_kind->currentData().toInt());
    auto amount = rule.kind == LateFeeRule::Kind::Flat ? UiFormat::parseMoney(m_amount->text(), m_currency)
                                                       : UiFormat::parseDecimal(m_amount->text(), 2, false);
    if (!amount) {
        m_banner->showMessage(amount.message());
        m_amount->setFocus();
        return amount.error();
    }
    rule.amount = amount.value();
    rule.description = m_description->text();
    const qint64 taxId = m_tax->currentData().toLongLong();
    if (taxId != OutsideVat) {
        auto rates = m_ledger.context().catalog.taxRates();
        if (rates)
            for (const TaxRate &rate : rates.value())
                if (rate.id == taxId) {
                    rule.taxCategory = rate.category;
                    rule.taxRate = rate.rate;
                    rule.exemptionReason = rate.exemptionReason;
                }
    }
    const Status saved = fees(m_ledger).saveRule(rule);
    if (!saved) {
        m_banner->showMessage(saved.message());
        return saved;
    }
    m_banner->showMessage(tr("The late fee of level %1 was saved.").arg(rule.level), MessageBanner::Kind::Info);
    reload();
    emit changed(tr("The late fee of reminder level %1 was saved.").arg(rule.level));
    return {};
}

Status LateFeesWidget::removeSelected()
{
    const LateFeeRule *rule = m_model->rowAt(m_view->currentIndex().row());
    if (!rule) {
        m_banner->showMessage(tr("Choose the fee to remove in the list."), MessageBanner::Kind::Warning);
        return Error::invalid(tr("No late fee chosen."));
    }
    const int level = rule->level;
    const Status removed = fees(m_ledger).removeRule(level);
    if (!removed) {
        m_banner->showMessage(removed.message());
        return removed;
    }
    m_banner->showMessage(tr("The late fee of level %1 was removed.").arg(level), MessageBanner::Kind::Info);
    reload();
    emit changed(tr("The late fee of reminder level %1 was removed.").arg(level));
    return {};
}
