#include "ExportEInvoiceDialog.h"

#include "CompanySession.h"
#include "EInvoiceNames.h"
#include "EInvoiceService.h"
#include "PartySnapshot.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const auto FolderKey = QLatin1String("einvoice/exportFolder");
}

EInvoiceFormat ExportEInvoiceDialog::preferredFormat(LedgerContext &context, const Document &document)
{
    auto customer = context.customers.find(document.customerId);
    if (customer && customer->einvoiceFormat != EInvoiceFormat::None)
        return customer->einvoiceFormat;
    auto frozen = PartySnapshot::parse(document.snapshot);
    return frozen ? frozen->preferredFormat : EInvoiceFormat::None;
}

EInvoiceFormat ExportEInvoiceDialog::defaultFormat(CompanySession &session, const Document &document)
{
    const EInvoiceFormat preferred = preferredFormat(session.context(), document);
    return preferred == EInvoiceFormat::None ? EInvoiceFormat::FacturX : preferred;
}

ExportEInvoiceDialog::ExportEInvoiceDialog(CompanySession &session, const Document &document, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_document(document)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_missing(new QLabel(this))
    , m_export(nullptr)
{
    setObjectName(QStringLiteral("einvoiceExportDialog"));
    setWindowTitle(tr("Export the e-invoice of %1").arg(document.displayName()));
    m_format->setObjectName(QStringLiteral("einvoiceExportFormat"));
    for (EInvoiceFormat f : EInvoiceNames::formats())
        if (f != EInvoiceFormat::None)
            m_format->addItem(EInvoiceNames::formatName(f), EInvoiceFormats::key(f));
    m_format->setCurrentIndex(std::max(0, m_format->findData(EInvoiceFormats::key(defaultFormat(session, document)))));
    m_path->setObjectName(QStringLiteral("einvoiceExportPath"));
    const QString folder = QSettings().value(FolderKey, QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(EInvoiceService::fileNameFor(document, format())));
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("einvoiceExportBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool pdf = format() == EInvoiceFormat::FacturX;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the e-invoice"), m_path->text(), pdf ? tr("PDF files (*.pdf)") : tr("XML files (*.xml)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_missing->setObjectName(QStringLiteral("einvoiceExportMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; "
                                            "border-radius: 4px; padding: 6px 10px; }"));
    m_missing->setVisible(false);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Save as"), where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("einvoiceExportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportEInvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportEInvoiceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_missing);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportEInvoiceDialog::formatChanged);
    formatChanged();
    resize(620, 260);
}

EInvoiceFormat ExportEInvoiceDialog::format() const
{
    return EInvoiceFormats::fromKey(m_format->currentData().toString()).value_or(EInvoiceFormat::FacturX);
}

void ExportEInvoiceDialog::formatChanged()
{
    // The file is named for the format; the folder stays.
    const QFileInfo current(m_path->text());
    m_path->setText(current.dir().filePath(EInvoiceService::fileNameFor(m_document, format())));
    showMissing(EInvoiceService(m_session.ledger()).missing(m_document.id, format()));
}

void ExportEInvoiceDialog::showMissing(const QStringList &missing)
{
    if (missing.isEmpty()) {
        m_missing->clear();
        m_missing->setVisible(false);
        return;
    }
    QString text = tr("This document cannot be exported as %1 yet. It lacks:").arg(m_format->currentText());
    for (const QString &item : missing)
        text += QStringLiteral("\n• ") + item;
    m_missing->setText(text);
    m_missing->setVisible(true);
}

void ExportEInvoiceDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_missing->setText(tr("Choose where to save the e-invoice."));
        m_missing->setVisible(true);
        m_path->setFocus();
        return;
    }
    auto exported = EInvoiceService(m_session.ledger()).exportToFile(m_document.id, format(), path);
    if (!exported) {
        const QStringList missing = EInvoiceService(m_session.ledger()).missing(m_document.id, format());
        if (missing.isEmpty()) {
            m_missing->setText(exported.message());
            m_missing->setVisible(true);
        } else {
            showMissing(missing);
        }
        return;
    }
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    m_session.changed(
        tr("%1 exported as %2: %3").arg(m_document.displayName(), m_format->currentText(), QFileInfo(path).fileName()));
    QDialog::accept();
}
