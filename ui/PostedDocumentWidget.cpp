#include "PostedDocumentWidget.h"

#include "CompanySession.h"
#include "CreditNoteDialog.h"
#include "DocumentLinesModel.h"
#include "DraftService.h"
#include "HistoryModel.h"
#include "MessageBanner.h"
#include "PaymentListService.h"
#include "PaymentTableModel.h"
#include "RegisterPaymentDialog.h"
#include "TableViews.h"
#include "TaxTotalsWidget.h"
#include "UiFormat.h"
#include "print/PrintActions.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>


PostedDocumentWidget::PostedDocumentWidget(CompanySession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_banner(new MessageBanner(this)), m_details(new QLabel(this)), m_due(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_lines(new DocumentLinesModel(this)), m_totals(new TaxTotalsWidget(this)),
      m_payments(new PaymentTableModel(session.currency(), false, this)),
      m_credits(new RowTableModel<DocumentSummary>(
          {{tr("Number"), [](const DocumentSummary &d) { return d.number; }},
           {tr("Issued"), [](const DocumentSummary &d) { return UiFormat::date(d.issueDate); }},
           {tr("Total"), [&session](const DocumentSummary &d) { return session.money(d.totalGross); },
            RowTableModel<DocumentSummary>::Number},
           {tr("Status"), [](const DocumentSummary &d) { return DocumentStatuses::displayName(d.status); }}},
          this)),
      m_history(new HistoryModel(this)), m_pay(new QPushButton(tr("Register payment…"), this)),
      m_credit(new QPushButton(tr("Credit note…"), this)), m_print(new QPushButton(tr("Print…"), this))
{
    setObjectName(QStringLiteral("postedView"));
    m_title->setObjectName(QStringLiteral("postedTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("postedStatus"));
    m_banner->setObjectName(QStringLiteral("postedMessage"));
    m_details->setObjectName(QStringLiteral("postedDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_due->setObjectName(QStringLiteral("postedAmountDue"));
    QFont dueFont = m_due->font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 1.6);
    dueFont.setBold(true);
    m_due->setFont(dueFont);
    m_due->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_pay->setObjectName(QStringLiteral("registerPaymentButton"));
    m_pay->setToolTip(tr("Record money received (Ctrl+Shift+P)"));
    m_credit->setObjectName(QStringLiteral("creditNoteButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_totals->setObjectName(QStringLiteral("postedTotals"));
    m_tabs->setObjectName(QStringLiteral("postedTabs"));

    auto *linesTab = new QWidget(this);
    auto *linesLayout = new QHBoxLayout(linesTab);
    QTableView *linesView = TableViews::list(m_lines, "postedLinesTable", linesTab);
    TableViews::setUpLines(linesView);
    linesLayout->addWidget(linesView, 3);
    linesLayout->addWidget(m_totals, 1, Qt::AlignTop);
    m_tabs->addTab(linesTab, tr("Lines"));
    auto *paymentsTab = new QWidget(this);
    m_paymentsView = TableViews::list(m_payments, "paymentsTable", paymentsTab);
    m_reverse = new QPushButton(tr("Reverse payment…"), paymentsTab);
    m_reverse->setObjectName(QStringLiteral("reversePaymentButton"));
    m_reverse->setToolTip(tr("A payment recorded by mistake is undone by a reversal entry; it is never deleted."));
    auto *paymentButtons = new QHBoxLayout;
    paymentButtons->addStretch(1);
    paymentButtons->addWidget(m_reverse);
    auto *paymentsLayout = new QVBoxLayout(paymentsTab);
    paymentsLayout->addWidget(m_paymentsView, 1);
    paymentsLayout->addLayout(paymentButtons);
    m_tabs->addTab(paymentsTab, tr("Payments"));
    connect(m_reverse, &QPushButton::clicked, this, &PostedDocumentWidget::reverseSelectedPayment);
    m_creditsView = TableViews::list(m_credits, "creditNotesTable", this);
    m_tabs->addTab(m_creditsView, tr("Credit notes"));
    m_tabs->addTab(TableViews::list(m_history, "historyTable", this), tr("History"));
    connect(m_creditsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const DocumentSummary *row = m_credits->rowAt(index.row()))
            emit documentRequested(row->id);
    });

    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("‹ Invoices"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &PostedDocumentWidget::closeRequested);
    connect(m_pay, &QPushButton::clicked, this, &PostedDocumentWidget::registerPayment);
    connect(m_credit, &QPushButton::clicked, this, &PostedDocumentWidget::issueCreditNote);
    connect(m_print, &QPushButton::clicked, this, &PostedDocumentWidget::print);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_status);
    top->addLayout(titles, 1);
    top->addWidget(m_print);
    top->addWidget(m_credit);
    top->addWidget(m_pay);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_details, 1);
    summary->addWidget(m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(summary);
    layout->addWidget(m_tabs, 1);
}

PostedDocumentWidget::~PostedDocumentWidget() = default;

Status PostedDocumentWidget::openDocument(qint64 documentId)
{
    auto document = m_session.context().documents.find(documentId);
    if (!document)
        return document.error();
    m_banner->clearMessage();
    auto rates = m_session.context().catalog.taxRates();
    m_lines->setTaxRates(rates ? rates.value() : QList<TaxRate>());
    m_lines->setCurrency(document->currency);
    m_tabs->setCurrentIndex(0);
    display(document.value());
    return {};
}

void PostedDocumentWidget::reload()
{
    if (m_document.id == 0)
        return;
    auto document = m_session.context().documents.find(m_document.id);
    if (!document) {
        m_banner->showMessage(document.message());
        return;
    }
    display(document.value());
}

void PostedDocumentWidget::display(const Document &d)
{
    m_document = d;
    const bool credit = d.type == DocumentType::CreditNote;
    m_title->setText(credit ? tr("Credit note %1").arg(d.number) : tr("Invoice %1").arg(d.number));
    QString status = DocumentStatuses::displayName(d.status);
    if (!credit && d.amountDue() > 0 && d.dueDate < m_session.today())
        status = tr("%1 · overdue since %2").arg(status, UiFormat::date(d.dueDate.addDays(1)));
    m_status->setText(status);
    QStringList rows;
    rows << tr("<b>%1</b>").arg(d.customerName.toHtmlEscaped());
    rows << tr("Issued %1 · service date %2").arg(UiFormat::date(d.issueDate), UiFormat::date(d.serviceDate));
    if (!credit)
        rows << tr("Due %1 (%2 days)").arg(UiFormat::date(d.dueDate)).arg(d.paymentTermsDays);
    if (!d.customerReference.isEmpty())
        rows << tr("Reference: %1").arg(d.customerReference.toHtmlEscaped());
    if (credit) {
        auto invoice = m_session.context().documents.find(d.creditedDocumentId, false);
        rows << tr("Credits %1 · reason: %2")
                    .arg(invoice ? invoice->number : QString(), d.creditReason.toHtmlEscaped());
    }
    rows << tr("Posted by %1 on %2").arg(d.postedBy, UiFormat::dateTime(d.postedAt));
    if (!d.approvedBy.isEmpty())
        rows << tr("Approved by %1").arg(d.approvedBy);
    if (!d.internalNotes.isEmpty())
        rows << tr("Internal: %1").arg(d.internalNotes.toHtmlEscaped());
    m_details->setText(rows.join(QStringLiteral("<br>")));
    m_due->setText(credit ? tr("Owed to customer<br>%1").arg(m_session.money(d.amountDue()))
                          : tr("Amount due<br>%1").arg(m_session.money(d.amountDue())));

    m_lines->setLines(d.lines);
    DocumentTotals totals;
    totals.net = d.totalNet;
    totals.tax = d.totalTax;
    totals.gross = d.totalGross;
    totals.subtotals = d.taxSubtotals;
    m_totals->setTotals(totals, d.currency);
    m_totals->setSettlement(d.amountPaid, d.amountCredited, d.amountDue(), d.currency);

    auto payments = PaymentListService(m_session.context().db).forDocument(d.id);
    m_payments->setRows(payments ? payments.value() : QList<PaymentRow>());
    m_tabs->setTabText(1, tr("Payments (%1)").arg(m_payments->rowCount()));
    if (!credit) {
        auto notes = m_session.context().documents.creditNotesOf(d.id);
        m_credits->setRows(notes ? notes.value() : QList<DocumentSummary>());
        m_tabs->setTabText(2, tr("Credit notes (%1)").arg(m_credits->rowCount()));
    }
    m_tabs->setTabVisible(2, !credit);
    auto history = m_session.ledger().audit().history(DocumentTypes::key(d.type), d.id);
    m_history->setRows(history ? history.value() : QList<AuditEvent>());
    m_pay->setText(credit ? tr("Record refund…") : tr("Register payment…"));
    m_pay->setEnabled(canRegisterPayment());
    m_reverse->setVisible(!credit);
    m_credit->setVisible(!credit);
    m_credit->setEnabled(canCredit());
}

bool PostedDocumentWidget::canRegisterPayment() const
{
    return m_document.id > 0 && !m_document.isDraft() && m_document.amountDue() > 0;
}

bool PostedDocumentWidget::canCredit() const
{
    return m_document.id > 0 && m_document.type == DocumentType::Invoice && !m_document.isDraft()
        && m_document.status != DocumentStatus::Credited;
}

void PostedDocumentWidget::registerPayment()
{
    if (!canRegisterPayment())
        return;
    auto *dialog = new RegisterPaymentDialog(m_session, m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PostedDocumentWidget::reverseSelectedPayment()
{
    const PaymentRow *row = m_payments->rowAt(m_paymentsView->currentIndex().row());
    if (!row || row->kind != PaymentKind::Payment || row->reversed) {
        m_banner->showMessage(tr("Select a payment that is not reversed yet."), MessageBanner::Kind::Info);
        return;
    }
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("reverseReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Reverse payment"));
    ask->setLabelText(tr("Reverse the payment of %1 of %2? Why?").arg(m_session.money(row->amount), UiFormat::date(row->date)));
    ask->setTextValue(tr("Recorded by mistake"));
    const qint64 paymentId = row->id;
    connect(ask, &QInputDialog::textValueSelected, this, [this, paymentId](const QString &reason) {
        auto reversal = m_session.ledger().payments().reverse(paymentId, reason);
        if (!reversal) {
            m_banner->showMessage(reversal.message());
            return;
        }
        m_session.changed(tr("Payment reversed on %1.").arg(m_document.displayName()));
    });
    ask->open();
}

void PostedDocumentWidget::issueCreditNote()
{
    if (!canCredit())
        return;
    auto *dialog = new CreditNoteDialog(m_session, m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PostedDocumentWidget::print()
{
    // The archived PDF is what prints (or exports, with "Print to file"); each use is audited.
    if (PrintActions::print(this, m_session.ledger(), m_document.id))
        emit statusMessage(tr("%1 sent to the printer.").arg(m_document.displayName()));
}
