#include "PostedDocumentWidget.h"

#include "CompanySession.h"
#include "CreditNoteDialog.h"
#include "DocumentLinesModel.h"
#include "DraftService.h"
#include "ExportEInvoiceDialog.h"
#include "FlowLayout.h"
#include "HistoryModel.h"
#include "MessageBanner.h"
#include "PaymentListService.h"
#include "PaymentTableModel.h"
#include "RegisterPaymentDialog.h"
#include "TableViews.h"
#include "TaxTotalsWidget.h"
#include "UiFormat.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"
#include "collections/ReminderLetterPrinter.h"
#include "mail/MailSession.h"
#include "mail/SendDocumentDialog.h"
#include "print/PrintActions.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
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
    m_details->setWordWrap(true);
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
    m_status->setTextFormat(Qt::PlainText);
    m_send = new QPushButton(tr("Send…"), this);
    m_send->setObjectName(QStringLiteral("sendDocumentButton"));
    m_send->setToolTip(tr("Email the document with its PDF to the customer"));
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *more = new QMenu(m_more);
    more->addAction(tr("Print preview…"), this, [this] { (void)PrintActions::preview(this, m_session.ledger(), m_document.id); /* failures shown */ })
        ->setObjectName(QStringLiteral("previewAction"));
    more->addAction(tr("Export PDF…"), this, [this] {
            if (PrintActions::exportPdf(this, m_session.ledger(), m_document.id))
                m_session.changed(tr("%1 exported as PDF.").arg(m_document.displayName()));
        })->setObjectName(QStringLiteral("exportPdfAction"));
    more->addAction(tr("Export e-invoice…"), this, [this] {
            auto *dialog = new ExportEInvoiceDialog(m_session, m_document, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, &PostedDocumentWidget::reload); // the history shows it
            dialog->open();
        })->setObjectName(QStringLiteral("exportEInvoiceAction"));
    more->addSeparator();
    m_remindAction = more->addAction(tr("Send a reminder now…"), this, [this] { (void)sendReminderNow(); /* refusals shown in the banner */ });
    m_remindAction->setObjectName(QStringLiteral("remindNowAction"));
    m_disputeAction = more->addAction(tr("Dispute…"), this, [this] { toggleDispute(); });
    m_disputeAction->setObjectName(QStringLiteral("disputeAction"));
    m_more->setMenu(more);

    auto *top = new QHBoxLayout;
    top->addWidget(back);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_status);
    top->addLayout(titles, 1);
    // The actions wrap onto a second row rather than widen the window (1024 px, long labels).
    auto *actions = new FlowLayout;
    actions->setRightAligned(true);
    for (QWidget *button : std::initializer_list<QWidget *> {m_more, m_print, m_send, m_credit, m_pay})
        actions->addWidget(button);
    top->addLayout(actions, 1);
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

QString PostedDocumentWidget::sentLine(const QList<AuditEvent> &history)
{
    // The last delivery the history records: when, and to whom.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->action != QLatin1String("sent"))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(it->details.toUtf8()).object();
        QStringList to;
        for (const QJsonValue &address : details.value(QStringLiteral("to")).toArray())
            to << address.toString();
        return tr("Sent by email on %1 to %2").arg(UiFormat::dateTime(it->occurredAt), to.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    return {};
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
    QStringList references; // the e-invoice's BT-13 and BT-10
    if (!d.orderReference.isEmpty())
        references << tr("Order %1").arg(d.orderReference.toHtmlEscaped());
    if (!d.buyerReference.isEmpty())
        references << tr("Buyer reference %1").arg(d.buyerReference.toHtmlEscaped());
    if (!references.isEmpty())
        rows << references.join(QStringLiteral(" · "));
    if (credit) {
        auto invoice = m_session.context().documents.find(d.creditedDocumentId, false);
        rows << tr("Credits %1 · reason: %2")
                    .arg(invoice ? invoice->number : QString(), d.creditReason.toHtmlEscaped());
    }
    rows << tr("Posted by %1 on %2").arg(d.postedBy, UiFormat::dateTime(d.postedAt));
    auto history = m_session.ledger().audit().history(DocumentTypes::key(d.type), d.id);
    const QString sent = history ? sentLine(history.value()) : QString();
    if (!sent.isEmpty())
        rows << sent;
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
    m_history->setCurrency(d.currency);
    m_history->setRows(history ? history.value() : QList<AuditEvent>());
    m_pay->setText(credit ? tr("Record refund…") : tr("Register payment…"));
    m_pay->setEnabled(canRegisterPayment());
    m_reverse->setVisible(!credit);
    m_credit->setVisible(!credit);
    m_credit->setEnabled(canCredit());
    m_remindAction->setVisible(!credit);
    m_remindAction->setEnabled(!credit && d.amountDue() > 0 && d.dueDate < m_session.today());
    m_disputeAction->setVisible(!credit);
    if (!credit) {
        const ReminderService reminders(m_session.context(), m_session.ledger().audit(), m_session.ledger().drafts());
        auto dispute = reminders.dispute(d.id);
        m_disputed = dispute && dispute->has_value();
        m_disputeAction->setText(m_disputed ? tr("Close the dispute…") : tr("Dispute…"));
        m_disputeAction->setEnabled(m_disputed || d.amountDue() > 0);
        if (m_disputed)
            m_status->setText(tr("%1 · disputed: %2").arg(m_status->text(), dispute->value().reason));
    }
}

SendDocumentDialog *PostedDocumentWidget::send()
{
    auto *dialog = new SendDocumentDialog(m_session.ledger(), m_document.id, false, this);
    if (!dialog->isReady()) {
        m_banner->showMessage(dialog->loadError());
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_document.displayName();
    connect(dialog, &QDialog::accepted, this, [this, name] {
        m_session.mail().wake();
        m_session.changed(tr("%1 is in the outbox: it goes out as soon as the mail server answers.").arg(name));
    });
    dialog->open();
    return dialog;
}

Status PostedDocumentWidget::sendReminderNow(bool ask)
{
    if (!m_remindAction->isEnabled())
        return Error::refused(tr("Only an overdue invoice with an amount due can be reminded."));
    if (ask
        && QMessageBox::question(this, tr("Send a reminder"),
                                 tr("Send the next reminder for %1 by email now, with the reminder letter attached?")
                                     .arg(m_document.displayName()))
               != QMessageBox::Yes)
        return {};
    Ledger &ledger = m_session.ledger();
    ReminderOutboxDispatcher outbox(ledger.context(), ledger.audit());
    outbox.setAttachments(ReminderLetterPrinter::attachments(ledger));
    ReminderService reminders(ledger.context(), ledger.audit(), ledger.drafts());
    reminders.setDispatcher(&outbox);
    auto recorded = reminders.sendNow(m_document.id, ReminderChannel::Email);
    if (!recorded) {
        m_banner->showMessage(recorded.message());
        return recorded.error();
    }
    m_session.mail().wake();
    m_session.changed(tr("Reminder %1 for %2 is in the outbox.").arg(recorded->level).arg(m_document.displayName()));
    return {};
}

Status PostedDocumentWidget::setDisputed(bool disputed, const QString &text)
{
    ReminderService reminders(m_session.context(), m_session.ledger().audit(), m_session.ledger().drafts());
    const Status done = disputed ? reminders.openDispute(m_document.id, text) : reminders.closeDispute(m_document.id, text);
    if (!done) {
        m_banner->showMessage(done.message());
        return done;
    }
    m_session.changed(disputed ? tr("%1 is disputed: no reminder goes out for it.").arg(m_document.displayName())
                               : tr("The dispute on %1 is closed.").arg(m_document.displayName()));
    return {};
}

void PostedDocumentWidget::toggleDispute()
{
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("disputeDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(m_disputed ? tr("Close the dispute") : tr("Dispute"));
    ask->setLabelText(m_disputed ? tr("How was the dispute on %1 settled?").arg(m_document.displayName())
                                 : tr("Why does the customer dispute %1? No reminder goes out for it until the dispute "
                                      "is closed.")
                                       .arg(m_document.displayName()));
    const bool open = !m_disputed;
    connect(ask, &QInputDialog::textValueSelected, this, [this, open](const QString &text) { (void)setDisputed(open, text); });
    ask->open();
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
