#include "BulkSendDialog.h"

#include "DocumentMailer.h"
#include "ExportEInvoiceDialog.h"
#include "SendDocumentDialog.h"
#include "Ledger.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

BulkSendDialog::BulkSendDialog(Ledger &ledger, QList<qint64> documentIds, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_documents(std::move(documentIds))
{
    setObjectName(QStringLiteral("bulkSendDialog"));
    setWindowTitle(tr("Send %n document(s)", nullptr, static_cast<int>(m_documents.size())));
    auto *intro = new QLabel(tr("Each document is sent to its customer's mail contact, with the text of the "
                                "template in the document's language and its PDF attached."),
        this);
    intro->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkSendProgress"));
    m_progress->setRange(0, static_cast<int>(m_documents.size()));
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSendSummary"));
    m_summary->setWordWrap(true);
    m_refused = new QListWidget(this);
    m_refused->setObjectName(QStringLiteral("bulkSendRefused"));
    m_refused->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("bulkSendStart"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_refused, 1);
    layout->addWidget(m_buttons);
    connect(m_start, &QPushButton::clicked, this, &BulkSendDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_next > 0 && !m_done)
            cancel(); // Close while sending: stop after the current document
        else
            reject();
    });
    resize(520, 380);
}

void BulkSendDialog::start()
{
    if (m_next > 0 || m_done)
        return;
    m_start->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Cancel"));
    QTimer::singleShot(0, this, &BulkSendDialog::sendNext);
}

void BulkSendDialog::cancel()
{
    m_cancelled = true;
}

void BulkSendDialog::addRefusals(const QStringList &refusals)
{
    for (const QString &refusal : refusals) {
        m_refusals.append(refusal);
        m_refused->addItem(refusal);
    }
    m_refused->setVisible(!m_refusals.isEmpty());
}

// One document per turn of the event loop: the window stays responsive and the bar moves.
void BulkSendDialog::sendNext()
{
    if (m_next < m_documents.size() && !m_cancelled) {
        const qint64 id = m_documents.at(m_next++);
        DocumentMailRequest request;
        request.documentId = id;
        if (const QString address = m_addresses.value(id); !address.isEmpty())
            request.to = {address};
        DocumentMailer mailer(m_ledger);
        // Each customer gets the e-invoice they prefer; a document that lacks what it needs is
        // refused and listed, never sent without it.
        auto document = m_ledger.context().documents.find(id, false);
        const EInvoiceFormat format = document ? ExportEInvoiceDialog::preferredFormat(m_ledger.context(), document.value())
                                               : EInvoiceFormat::None;
        auto queued = mailer.queue(request, SendDocumentDialog::einvoiceAttacher(m_ledger, id, format));
        if (queued) {
            m_queued.append(queued.value());
        } else {
            auto doc = m_ledger.context().documents.find(id, false);
            const QString name = doc ? doc->displayName() : tr("Document %1").arg(id);
            m_refusals.append(tr("%1: %2").arg(name, queued.message()));
            m_refused->addItem(m_refusals.constLast());
            m_refused->show();
        }
        m_progress->setValue(m_next);
        m_summary->setText(tr("%1 of %2 queued\u2026").arg(m_queued.size()).arg(m_documents.size()));
        QTimer::singleShot(0, this, &BulkSendDialog::sendNext);
        return;
    }
    m_done = true;
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (m_cancelled) {
        m_summary->setText(tr("Cancelled: %1 message(s) queued, %2 document(s) not sent.")
                               .arg(m_queued.size())
                               .arg(m_documents.size() - m_next));
        emit allQueued();
        return;
    }
    m_summary->setText(m_refusals.isEmpty()
            ? tr("%n message(s) queued for sending.", nullptr, static_cast<int>(m_queued.size()))
            : tr("%1 message(s) queued; %2 document(s) could not be sent:")
                  .arg(m_queued.size())
                  .arg(m_refusals.size()));
    emit allQueued();
}
