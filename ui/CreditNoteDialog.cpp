#include "CreditNoteDialog.h"

#include "CompanySession.h"
#include "CreditLinesModel.h"
#include "DraftService.h"
#include "MessageBanner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 · %2 · total %3, amount due %4")
                                     .arg(invoice.displayName(), invoice.customerName,
                                          session.money(invoice.totalGross), session.money(invoice.amountDue())),
                                 this));
    layout->addWidget(m_banner);
    layout->addWidget(table, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addStretch(1);
    row->addWidget(m_preview);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Reason"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(760, 440);
    updatePreview();
}

void CreditNoteDialog::updatePreview()
{
    m_banner->clearMessage();
    auto lines = m_lines->creditLines();
    if (!lines) {
        m_preview->setText(lines.message());
        return;
    }
    auto totals = DraftService::totalsOf(lines.value());
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
    const QHash<qint64, qint64> quantities = m_lines->quantities();
    if (quantities.isEmpty()) {
        m_banner->showMessage(tr("Enter a quantity to credit on at least one line."));
        return;
    }
    auto draft = m_session.ledger().creditNotes().createDraft(m_invoice.id, m_reason->text(), quantities);
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
