#include "QuotationDialog.h"

#include "CompanySession.h"
#include "CustomerPicker.h"
#include "DocumentLinesModel.h"
#include "DraftService.h"
#include "LineItemDelegate.h"
#include "MessageBanner.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

QuotationDialog::QuotationDialog(CompanySession &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_customer(new CustomerPicker(session.context().customers, this)),
      m_description(new QLineEdit(this)), m_validUntil(new QDateEdit(session.today().addDays(30), this)),
      m_lines(new DocumentLinesModel(this)), m_banner(new MessageBanner(this)), m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("quotationDialog"));
    setWindowTitle(tr("New quotation"));
    m_customer->setObjectName(QStringLiteral("quotationCustomer"));
    m_description->setObjectName(QStringLiteral("quotationDescription"));
    m_description->setPlaceholderText(tr("What the quotation is for"));
    m_validUntil->setObjectName(QStringLiteral("quotationValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(UiFormat::dateFormat());
    m_banner->setObjectName(QStringLiteral("quotationMessage"));
    m_total->setObjectName(QStringLiteral("quotationTotal"));
    m_total->setAlignment(Qt::AlignRight);
    QFont font = m_total->font();
    font.setBold(true);
    m_total->setFont(font);

    auto rates = session.context().catalog.taxRates();
    m_lines->setTaxRates(rates ? rates.value() : QList<TaxRate>());
    auto items = session.context().catalog.items();
    m_lines->setCatalog(items ? items.value() : QList<CatalogItem>());
    m_lines->setCurrency(session.currency());
    m_lines->setEditable(true, [this](int row, const DocumentLine &line) { return editLine(row, line); });
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("quotationLinesEditor"));
    table->setModel(m_lines);
    table->setItemDelegate(new LineItemDelegate(table));
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    TableViews::setUpLines(table);
    connect(m_lines, &DocumentLinesModel::editRejected, this,
            [this](const QString &message) { m_banner->showMessage(message); });

    auto *form = new QFormLayout;
    form->addRow(tr("Customer"), m_customer);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Valid until"), m_validUntil);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("quotationOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QuotationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QuotationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(table, 1);
    layout->addWidget(m_total);
    layout->addWidget(buttons);
    resize(900, 520);
    updateTotal();
}

Status QuotationDialog::editLine(int row, const DocumentLine &line)
{
    auto priced = DraftService::priced(line, m_session.currency());
    if (!priced)
        return priced.error();
    if (row >= m_draftLines.size())
        m_draftLines.append(priced.value());
    else
        m_draftLines[row] = priced.value();
    for (int i = 0; i < m_draftLines.size(); ++i)
        m_draftLines[i].position = i + 1;
    m_banner->clearMessage();
    m_lines->setLines(m_draftLines);
    updateTotal();
    return {};
}

void QuotationDialog::updateTotal()
{
    auto totals = DraftService::totalsOf(m_draftLines);
    m_total->setText(totals ? tr("Total %1 (net %2, tax %3)")
                                  .arg(m_session.money(totals->gross), m_session.money(totals->net),
                                       m_session.money(totals->tax))
                            : totals.message());
}

void QuotationDialog::accept()
{
    if (m_customer->customerId() == 0 && !m_customer->chooseFromText()) {
        m_banner->showMessage(tr("Choose a customer from the list (type part of the name)."));
        return;
    }
    if (m_draftLines.isEmpty()) {
        m_banner->showMessage(tr("Add at least one line."));
        return;
    }
    Quotation quotation;
    quotation.customerId = m_customer->customerId();
    quotation.description = m_description->text().trimmed();
    quotation.issueDate = m_session.today();
    quotation.validUntil = m_validUntil->date();
    quotation.lines = m_draftLines;
    auto id = m_session.ledger().quotations().create(quotation);
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    m_session.changed(tr("Quotation for %1 saved as a draft.").arg(m_customer->text()));
    emit quotationCreated(id.value());
    QDialog::accept();
}
