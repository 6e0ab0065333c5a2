#include "SendDocumentDialog.h"

#include "DocumentMailer.h"
#include "EInvoiceNames.h"
#include "EInvoiceService.h"
#include "ExportEInvoiceDialog.h"
#include "Ledger.h"
#include "MailSettingsService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

SendDocumentDialog::SendDocumentDialog(Ledger &ledger, qint64 documentId, bool reminder, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_documentId(documentId)
    , m_reminder(reminder)
{
    setObjectName(QStringLiteral("sendDocumentDialog"));
    auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_from = new QLabel(this);
    m_to = new QComboBox(this);
    m_to->setEditable(true);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    m_cc = new QLineEdit(this);
    m_cc->setPlaceholderText(tr("Other addresses, separated by commas"));
    m_subject = new QLineEdit(this);
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    m_includeNotes = new QCheckBox(tr("Include the printed comments"), this);
    m_attachment = new QLabel(this);
    m_attachment->setWordWrap(true);
    m_einvoice = new QCheckBox(this);
    m_einvoice->hide();
    m_einvoiceMissing = new QLabel(this);
    m_einvoiceMissing->setWordWrap(true);
    m_einvoiceMissing->setTextFormat(Qt::PlainText);
    m_einvoiceMissing->setStyleSheet(QStringLiteral("background: #fff4e5; color: #7a4b00; padding: 6px;"));
    m_einvoiceMissing->hide();
    m_previewToggle = new QPushButton(tr("Preview"), this);
    m_previewToggle->setCheckable(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->hide();
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a1e;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = m_buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    named(m_from, "sendFrom");
    named(m_to, "sendTo");
    named(m_cc, "sendCc");
    named(m_subject, "sendSubject");
    named(m_body, "sendBody");
    named(m_includeNotes, "sendIncludeNotes");
    named(m_attachment, "sendAttachment");
    named(m_einvoice, "sendEInvoice");
    named(m_einvoiceMissing, "sendEInvoiceMissing");
    named(m_previewToggle, "sendPreviewToggle");
    named(m_preview, "sendPreview");
    named(m_error, "sendError");
    named(send, "sendButton");

    auto *form = new QFormLayout;
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Copy to:"), m_cc);
    form->addRow(tr("Subject:"), m_subject);
    form->addRow(tr("Attached:"), m_attachment);
    form->addRow(QString(), m_einvoice);
    form->addRow(QString(), m_einvoiceMissing);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_includeNotes);
    layout->addWidget(m_previewToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(640, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SendDocumentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SendDocumentDialog::reject);
    connect(m_previewToggle, &QPushButton::toggled, m_preview, &QWidget::setVisible);
    for (QLineEdit *edit : {m_cc, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &SendDocumentDialog::updatePreview);
    connect(m_to, &QComboBox::currentTextChanged, this, &SendDocumentDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SendDocumentDialog::updatePreview);
    connect(m_includeNotes, &QCheckBox::toggled, this, &SendDocumentDialog::updatePreview);
    connect(m_einvoice, &QCheckBox::toggled, this, &SendDocumentDialog::updatePreview);

    MailComposer composer(ledger.context(), ledger.audit());
    auto draft = composer.draft(documentId, reminder);
    if (!draft) {
        m_loadError = draft.message();
        m_error->setText(m_loadError);
        m_error->show();
        send->setEnabled(false);
        return;
    }
    m_draft = draft.value();
    setWindowTitle(tr("Send %1").arg(m_draft.document.displayName()));
    m_from->setText(m_draft.from.isNull() ? tr("(no sender address: set one in the mail settings)")
                                          : m_draft.from.toDisplayString());
    for (const Contact &c : std::as_const(m_draft.contacts)) {
        auto address = MailAddress::create(c.name.simplified(), c.email.trimmed());
        m_to->addItem(address ? address->toDisplayString() : c.email.trimmed());
    }
    if (!m_draft.defaultTo.isEmpty())
        m_to->setCurrentText(m_draft.defaultTo.first());
    m_subject->setText(m_draft.subject);
    m_body->setPlainText(m_draft.body);
    m_includeNotes->setEnabled(!m_draft.printedNotes.trimmed().isEmpty());
    m_includeNotes->setToolTip(m_draft.printedNotes);

    DocumentMailer mailer(ledger);
    auto pdf = mailer.attachmentPreview(documentId);
    if (pdf) {
        m_attachmentName = pdf->fileName;
        m_attachmentText = tr("%1 (%2)").arg(pdf->fileName, QLocale().formattedDataSize(pdf->pdf.size()));
    } else {
        m_attachmentText = pdf.message();
    }
    setUpEInvoice();
    // Without a mail server the message waits in the Outbox: say so before it is queued.
    auto settings = MailSettingsService(ledger.context(), ledger.audit()).load();
    if (settings && !settings->isConfigured()) {
        auto *noServer = new QLabel(tr("No mail server is set up yet: the message will wait in the Outbox until one "
                                       "is (Settings › Mail server)."),
            this);
        noServer->setObjectName(QStringLiteral("sendNoServer"));
        noServer->setWordWrap(true);
        noServer->setStyleSheet(QStringLiteral("background: #fff4e5; color: #7a4b00; padding: 6px;"));
        layout->insertWidget(0, noServer);
        send->setText(tr("Queue for later"));
    }
    m_ready = true;
    updatePreview();
}

QStringList SendDocumentDialog::splitAddresses(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        if (!quoted && angle == 0 && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

DocumentMailRequest SendDocumentDialog::request() const
{
    DocumentMailRequest r;
    r.documentId = m_documentId;
    r.reminder = m_reminder;
    r.to = splitAddresses(m_to->currentText());
    r.cc = splitAddresses(m_cc->text());
    r.subject = m_subject->text();
    // toPlainText() would turn the no-break spaces of French and German amounts into plain spaces.
    QString body = m_body->document()->toRawText();
    body.replace(QChar::ParagraphSeparator, QLatin1Char('\n')).replace(QChar::LineSeparator, QLatin1Char('\n'));
    r.body = body;
    r.includePrintedNotes = m_includeNotes->isChecked();
    return r;
}

QString SendDocumentDialog::previewText() const
{
    const DocumentMailRequest r = request();
    QString text = tr("From: %1").arg(m_from->text()) + QLatin1Char('\n');
    text += tr("To: %1").arg(r.to.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (!r.cc.isEmpty())
        text += tr("Copy to: %1").arg(r.cc.join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += tr("Subject: %1").arg(r.subject.value_or(QString())) + QLatin1Char('\n');
    if (!m_attachmentName.isEmpty())
        text += tr("Attached: %1").arg(attachmentNames().join(QStringLiteral(", "))) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    const QString body = r.body.value_or(QString());
    text += r.includePrintedNotes ? MailComposer::withPrintedNotes(body, m_draft.printedNotes) : body;
    return text;
}

void SendDocumentDialog::setUpEInvoice()
{
    m_format = ExportEInvoiceDialog::preferredFormat(m_ledger.context(), m_draft.document);
    if (m_format == EInvoiceFormat::None || m_reminder)
        return; // the PDF alone, as the customer wants (a reminder never carries the e-invoice)
    const QString name = EInvoiceNames::formatName(m_format);
    m_einvoice->setText(m_format == EInvoiceFormat::FacturX
            ? tr("Send it as a Factur-X e-invoice (the PDF with the CII inside, in place of the PDF)")
            : tr("Attach the e-invoice as the customer prefers: %1").arg(name));
    m_einvoice->show();
    const QStringList missing = EInvoiceService(m_ledger).missing(m_documentId, m_format);
    m_einvoice->setChecked(missing.isEmpty());
    m_einvoice->setEnabled(missing.isEmpty());
    if (!missing.isEmpty()) {
        QString text = tr("The customer prefers %1, but this document lacks:").arg(name);
        for (const QString &item : missing)
            text += QStringLiteral("\n• ") + item;
        text += QLatin1Char('\n') + tr("It can be sent with the PDF alone.");
        m_einvoiceMissing->setText(text);
        m_einvoiceMissing->show();
    }
}

DocumentMailer::AttachmentsHook SendDocumentDialog::einvoiceAttacher(
    Ledger &ledger, qint64 documentId, EInvoiceFormat format)
{
    if (format == EInvoiceFormat::None)
        return {};
    return [&ledger, documentId, format](QList<MailAttachment> &attachments) -> Status {
        auto einvoice = EInvoiceService(ledger).output(documentId, format, EInvoiceUse::Send);
        if (!einvoice)
            return einvoice.error();
        const bool pdf = format == EInvoiceFormat::FacturX;
        MailAttachment file {einvoice->fileName,
            pdf ? QStringLiteral("application/pdf") : QStringLiteral("application/xml"), einvoice->bytes};
        if (pdf)
            attachments = {file}; // Factur-X: the same pages, with the CII inside
        else
            attachments.append(file);
        return {};
    };
}

EInvoiceFormat SendDocumentDialog::einvoiceFormat() const
{
    return !m_einvoice->isHidden() && m_einvoice->isChecked() ? m_format : EInvoiceFormat::None;
}

QStringList SendDocumentDialog::attachmentNames() const
{
    const EInvoiceFormat format = einvoiceFormat();
    const QString einvoice
        = format == EInvoiceFormat::None ? QString() : EInvoiceService::fileNameFor(m_draft.document, format);
    if (format == EInvoiceFormat::FacturX)
        return {einvoice};
    return einvoice.isEmpty() ? QStringList {m_attachmentName} : QStringList {m_attachmentName, einvoice};
}

void SendDocumentDialog::updatePreview()
{
    if (!m_ready)
        return;
    const EInvoiceFormat format = einvoiceFormat();
    if (format == EInvoiceFormat::None || m_attachmentName.isEmpty())
        m_attachment->setText(m_attachmentText);
    else if (format == EInvoiceFormat::FacturX)
        m_attachment->setText(tr("%1 (Factur-X)").arg(attachmentNames().constFirst()));
    else
        m_attachment->setText(
            tr("%1, %2 (%3)").arg(m_attachmentText, attachmentNames().constLast(), EInvoiceNames::formatName(format)));
    m_preview->setPlainText(previewText());
}

void SendDocumentDialog::accept()
{
    if (!m_ready)
        return;
    DocumentMailer mailer(m_ledger);
    const EInvoiceFormat format = einvoiceFormat();
    auto queued = mailer.queue(request(), einvoiceAttacher(m_ledger, m_documentId, format));
    if (!queued) {
        m_error->setText(queued.message());
        m_error->show();
        return;
    }
    m_queuedId = queued.value();
    QDialog::accept();
}
