#include "CreditNoteDialog.h"

#include "CompanySession.h"
#include "CreditLinesModel.h"
#include "DraftService.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CreditNoteDialog::CreditNoteDialog(CompanySession &session, const Document &invoice, QWidget *parent)
    : QDialog(parent), m_session(session), m_invoice(invoice), m_lines(new CreditLinesModel(this)),
      m_banner(new MessageBanner(this)), m_reason(new QLineEdit(this)), m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("creditNoteDialog"));
    setWindowTitle(tr("Credit note for %1").arg(invoice.displayName()));
    m_banner->setObjectName(QStringLiteral("creditMessage"));
    auto credited = session.context().documents.creditedQuantities(invoice.id);
    m_lines->setLines(invoice.lines, credited ? credited.value() : QHash<qint64, qint64>(), invoice.currency);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("creditLinesTable"));
    table->setModel(m_lines);
    table->horizontalHeader()->setSectionResizeMode(CreditLinesModel::Description, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->verticalHeader()->setVisible(false);
    m_reason->setObjectName(QStringLiteral("creditReason"));
    m_reason->setPlaceholderText(tr("Why is this credited? (printed on the credit note)"));
    m_preview->setObjectName(QStringLiteral("creditTotal"));
    QFont font = m_preview->font();
    font.setBold(true);
    m_preview->setFont(font);

    auto *all = new QPushButton(tr("Credit everything left"), this);
    all->setObjectName(QStringLiteral("creditAllButton"));
    connect(all, &QPushButton::clicked, m_lines, &CreditLinesModel::creditEverything);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Post credit note"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("creditOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CreditNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreditNoteDialog::reject);
    connect(m_lines, &CreditLinesModel::quantitiesChanged, this, &CreditNoteDialog::updatePreview);
    connect(m_lines, &CreditLinesModel::editRejected, this,
            [this](const QString &message) { m_banner->showMessage(message); });

    auto *linesPage = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addWidget(table, 1);
    auto *linesRow = new QHBoxLayout;
    linesRow->addWidget(all);
    linesRow->addStretch(1);
    linesLayout->addLayout(linesRow);
    m_modes = new QTabWidget(this);
    m_modes->setObjectName(QStringLiteral("creditModes"));
    m_modes->addTab(linesPage, tr("By line"));
    m_modes->addTab(amountsPage(), tr("Amount per tax rate"));
    connect(m_modes, &QTabWidget::currentChanged, this, &CreditNoteDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 · %2 · total %3, amount due %4")
                                     .arg(invoice.displayName(), invoice.customerName,
                                          session.money(invoice.totalGross), session.money(invoice.amountDue())),
                                 this));
    layout->addWidget(m_banner);
    layout->addWidget(m_modes, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_preview);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Reason"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(760, 460);
    updatePreview();
}

QWidget *CreditNoteDialog::amountsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto left = m_session.ledger().creditNotes().creditableByRate(m_invoice);
    m_rates = left ? left.value() : QList<TaxSubtotal>();
    for (int i = 0; i < m_rates.size(); ++i) {
        const TaxSubtotal &rate = m_rates.at(i);
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("creditAmount%1").arg(i));
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(tr("at most %1").arg(m_session.money(std::max<qint64>(rate.base, 0))));
        connect(edit, &QLineEdit::textChanged, this, &CreditNoteDialog::updatePreview);
        form->addRow(tr("Net at %1 %2").arg(TaxCategories::displayName(rate.category), UiFormat::percent(rate.rate)),
                     edit);
        m_amounts.append(edit);
    }
    auto *hint = new QLabel(tr("The amounts are net: the tax of each rate is added. The reason below is the "
                               "credit note's line text."),
                            page);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    form->addRow(hint);
    return page;
}

bool CreditNoteDialog::byAmount() const
{
    return m_modes && m_modes->currentIndex() == 1;
}

Result<QList<CreditNoteService::RateAmount>> CreditNoteDialog::typedAmounts() const
{
    QList<CreditNoteService::RateAmount> amounts;
    for (int i = 0; i < m_amounts.size(); ++i) {
        if (m_amounts.at(i)->text().trimmed().isEmpty())
            continue;
        const TaxSubtotal &rate = m_rates.at(i);
        auto net = UiFormat::parseMoney(m_amounts.at(i)->text(), m_invoice.currency);
        if (!net)
            return net.error().prefixed(
                tr("Net at %1 %2").arg(TaxCategories::displayName(rate.category), UiFormat::percent(rate.rate)));
        amounts.append({rate.category, rate.rate, net.value()});
    }
    return amounts;
}

Result<DocumentTotals> CreditNoteDialog::pendingTotals() const
{
    if (!byAmount()) {
        auto lines = m_lines->creditLines();
        if (!lines)
            return lines.error();
        return DraftService::totalsOf(lines.value());
    }
    auto amounts = typedAmounts();
    if (!amounts)
        return amounts.error();
    QList<DocumentLine> lines;
    for (const CreditNoteService::RateAmount &amount : amounts.value()) {
        DocumentLine line;
        line.taxCategory = amount.category;
        line.taxRate = amount.rate;
        line.net = amount.net;
        lines.append(line);
    }
    return DraftService::totalsOf(lines);
}

void CreditNoteDialog::updatePreview()
{
    m_banner->clearMessage();
    auto totals = pendingTotals();
    if (!totals) {
        m_preview->setText(totals.message());
        return;
    }
    m_preview->setText(tr("Credit note total: %1 (net %2, tax %3)")
                           .arg(m_session.money(totals->gross), m_session.money(totals->net),
                                m_session.money(totals->tax)));
}

void CreditNoteDialog::accept()
{
    if (!byAmount() && m_lines->quantities().isEmpty()) {
        m_banner->showMessage(tr("Enter a quantity to credit on at least one line."));
        return;
    }
    auto totals = pendingTotals();
    if (!totals) {
        m_banner->showMessage(totals.message());
        return;
    }
    if (totals->gross == 0) {
        m_banner->showMessage(byAmount() ? tr("Enter an amount to credit at one of the rates.")
                                         : tr("Enter a quantity to credit on at least one line."));
        return;
    }
    // Like an invoice, a credit note is confirmed before it gets its final number.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Post credit note"),
                                tr("Post a credit note of %1 on %2 for %3?\n\nIt gets its final number and can no "
                                   "longer be changed.")
                                    .arg(m_session.money(totals->gross), m_invoice.displayName(), m_invoice.customerName),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmCreditPost"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(tr("Post credit note"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmCreditPostButton"));
    box->setDefaultButton(yes);
    connect(yes, &QPushButton::clicked, this, &CreditNoteDialog::post);
    box->open();
}

void CreditNoteDialog::post()
{
    Result<qint64> draft = qint64(0);
    if (byAmount()) {
        auto amounts = typedAmounts();
        draft = amounts ? m_session.ledger().creditNotes().createGoodwill(m_invoice.id, m_reason->text(), amounts.value())
                        : Result<qint64>(amounts.error());
    } else {
        draft = m_session.ledger().creditNotes().createDraft(m_invoice.id, m_reason->text(), m_lines->quantities());
    }
    if (!draft) {
        m_banner->showMessage(draft.message());
        return;
    }
    auto number = m_session.ledger().posting().post(draft.value());
    if (!number) {
        m_session.changed();
        m_banner->showMessage(tr("%1 The credit note was kept as a draft: open it from the invoice list.")
                                  .arg(number.message()));
        return;
    }
    m_session.changed(tr("Credit note %1 posted for %2.").arg(number.value(), m_invoice.displayName()));
    emit creditNotePosted(draft.value(), number.value());
    QDialog::accept();
}
