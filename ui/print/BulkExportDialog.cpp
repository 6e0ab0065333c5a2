#include "BulkExportDialog.h"

#include "EInvoiceService.h"
#include "ExportEInvoiceDialog.h"
#include "Ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QHBoxLayout *row(QWidget *a, QWidget *b, QWidget *c = nullptr)
{
    auto *layout = new QHBoxLayout;
    layout->addWidget(a);
    layout->addWidget(b, 1);
    if (c)
        layout->addWidget(c);
    return layout;
}
} // namespace

BulkExportDialog::BulkExportDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
{
    setObjectName(QStringLiteral("bulkExportDialog"));
    setWindowTitle(tr("Export PDFs"));
    m_monthScope = new QRadioButton(tr("Month"), this);
    m_monthScope->setObjectName(QStringLiteral("bulkScopeMonth"));
    m_selectionScope = new QRadioButton(this);
    m_selectionScope->setObjectName(QStringLiteral("bulkScopeSelection"));
    m_monthEdit = new QDateEdit(m_ledger.context().clock.today(), this);
    m_monthEdit->setObjectName(QStringLiteral("bulkMonthEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("bulkTypeCombo"));
    m_typeCombo->addItem(tr("Invoices"), 0);
    m_typeCombo->addItem(tr("Credit notes"), 1);
    m_typeCombo->addItem(tr("Invoices and credit notes"), 2);
    m_folderCheck = new QCheckBox(tr("One PDF per document in"), this);
    m_folderCheck->setObjectName(QStringLiteral("bulkFolderCheck"));
    m_folderCheck->setChecked(true);
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("bulkFolderEdit"));
    m_folderBrowse = new QPushButton(tr("Choose…"), this);
    m_folderBrowse->setObjectName(QStringLiteral("bulkFolderBrowse"));
    m_einvoiceCheck = new QCheckBox(tr("And the e-invoice of each customer who wants one, in its e-invoices folder"),
                                    this);
    m_einvoiceCheck->setObjectName(QStringLiteral("bulkEInvoiceCheck"));
    m_combinedCheck = new QCheckBox(tr("One combined PDF"), this);
    m_combinedCheck->setObjectName(QStringLiteral("bulkCombinedCheck"));
    m_combinedEdit = new QLineEdit(this);
    m_combinedEdit->setObjectName(QStringLiteral("bulkCombinedEdit"));
    m_combinedBrowse = new QPushButton(tr("Choose…"), this);
    m_combinedBrowse->setObjectName(QStringLiteral("bulkCombinedBrowse"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("bulkExportButton"));

    auto *form = new QFormLayout;
    form->addRow(row(m_monthScope, m_monthEdit));
    form->addRow(m_selectionScope);
    form->addRow(tr("Documents"), m_typeCombo);
    form->addRow(row(m_folderCheck, m_folderEdit, m_folderBrowse));
    form->addRow(m_einvoiceCheck);
    form->addRow(row(m_combinedCheck, m_combinedEdit, m_combinedBrowse));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);

    m_progress = new QProgressDialog(tr("Exporting PDFs…"), tr("Cancel"), 0, 1, this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->reset();
    m_progress->hide();

    setSelection({});
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &BulkExportDialog::startExport);
    for (QAbstractButton *b :
        {static_cast<QAbstractButton *>(m_monthScope), static_cast<QAbstractButton *>(m_selectionScope),
            static_cast<QAbstractButton *>(m_folderCheck), static_cast<QAbstractButton *>(m_combinedCheck)})
        connect(b, &QAbstractButton::toggled, this, &BulkExportDialog::updateState);
    connect(m_folderBrowse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the PDFs"), m_folderEdit->text());
        if (!folder.isEmpty())
            m_folderEdit->setText(folder);
    });
    connect(m_combinedBrowse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getSaveFileName(this, tr("Combined PDF"), m_combinedEdit->text(), tr("PDF files (*.pdf)"));
        if (!file.isEmpty())
            m_combinedEdit->setText(file);
    });
}

void BulkExportDialog::setSelection(const QList<qint64> &documentIds)
{
    m_selection = documentIds;
    m_selectionScope->setText(tr("The %n selected document(s)", nullptr, static_cast<int>(documentIds.size())));
    m_selectionScope->setEnabled(!documentIds.isEmpty());
    (documentIds.isEmpty() ? m_monthScope : m_selectionScope)->setChecked(true);
    updateState();
}

void BulkExportDialog::setMonth(const QDate &anyDayOfMonth)
{
    m_monthEdit->setDate(anyDayOfMonth);
    m_monthScope->setChecked(true);
}

void BulkExportDialog::setFolder(const QString &folder)
{
    m_folderEdit->setText(folder);
}

void BulkExportDialog::setCombinedFile(const QString &filePath)
{
    m_combinedEdit->setText(filePath);
    m_combinedCheck->setChecked(!filePath.isEmpty());
}

void BulkExportDialog::setFolderExport(bool enabled)
{
    m_folderCheck->setChecked(enabled);
}

void BulkExportDialog::updateState()
{
    const bool month = m_monthScope->isChecked();
    m_monthEdit->setEnabled(month);
    m_typeCombo->setEnabled(month);
    m_folderEdit->setEnabled(m_folderCheck->isChecked());
    m_folderBrowse->setEnabled(m_folderCheck->isChecked());
    m_einvoiceCheck->setEnabled(m_folderCheck->isChecked());
    m_combinedEdit->setEnabled(m_combinedCheck->isChecked());
    m_combinedBrowse->setEnabled(m_combinedCheck->isChecked());
    m_exportButton->setEnabled(m_folderCheck->isChecked() || m_combinedCheck->isChecked());
}

Result<QList<qint64>> BulkExportDialog::documents() const
{
    if (m_selectionScope->isChecked())
        return m_selection;
    const QDate month = m_monthEdit->date();
    std::optional<DocumentType> type;
    if (m_typeCombo->currentData().toInt() == 0)
        type = DocumentType::Invoice;
    else if (m_typeCombo->currentData().toInt() == 1)
        type = DocumentType::CreditNote;
    return BulkPdfExporter(m_ledger).select(BulkPdfExporter::monthFilter(month.year(), month.month(), type));
}

bool BulkExportDialog::step(int done, int total, const QString &current)
{
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(qMin(done, qMax(1, total)));
    if (!current.isEmpty())
        m_progress->setLabelText(tr("Exporting %1 (%2 of %3)…").arg(current).arg(done + 1).arg(total));
    emit progressed(done, total);
    QCoreApplication::processEvents();
    return !m_progress->wasCanceled();
}

void BulkExportDialog::startExport()
{
    m_summary = {};
    auto ids = documents();
    if (!ids) {
        showSummary(ids.message(), true);
        emit exportFinished(false);
        return;
    }
    if (ids->isEmpty()) {
        showSummary(tr("There is no posted document to export."), true);
        emit exportFinished(false);
        return;
    }
    const bool toFolder = m_folderCheck->isChecked();
    const bool combined = m_combinedCheck->isChecked();
    if ((toFolder && m_folderEdit->text().trimmed().isEmpty())
        || (combined && m_combinedEdit->text().trimmed().isEmpty())) {
        showSummary(tr("Choose where the PDFs go."), true);
        emit exportFinished(false);
        return;
    }
    m_exportButton->setEnabled(false);
    m_progress->reset();
    m_progress->show();
    BulkPdfExporter exporter(m_ledger);
    const auto progress = [this](int done, int total, const QString &current) { return step(done, total, current); };
    QStringList lines;
    bool ok = true;
    if (toFolder) {
        auto summary = exporter.exportToFolder(ids.value(), m_folderEdit->text().trimmed(), progress);
        if (!summary) {
            ok = false;
            lines << summary.message();
        } else {
            m_summary = summary.value();
            lines << tr("%1 of %2 PDF(s) written to %3.")
                         .arg(m_summary.exported)
                         .arg(m_summary.total)
                         .arg(QDir::toNativeSeparators(m_folderEdit->text().trimmed()));
            lines += m_summary.failures;
            ok = m_summary.failures.isEmpty();
            if (m_einvoiceCheck->isChecked() && !m_summary.cancelled) {
                const QStringList refused = exportEInvoices(ids.value(), m_folderEdit->text().trimmed());
                lines += refused;
                ok = ok && refused.size() <= 1; // the first line is the count
            }
        }
    }
    if (combined && !m_summary.cancelled && ok) {
        auto summary = exporter.exportCombined(ids.value(), m_combinedEdit->text().trimmed(), progress);
        if (!summary) {
            ok = false;
            lines << summary.message();
        } else {
            const QStringList files = m_summary.files;
            m_summary = summary.value();
            m_summary.files = files;
            if (!m_summary.cancelled)
                lines << tr("Combined PDF of %n document(s) written to %1.", nullptr, m_summary.total)
                             .arg(QDir::toNativeSeparators(m_summary.combinedFile));
        }
    }
    if (m_summary.cancelled)
        lines << tr("Cancelled: documents not yet exported were left out.");
    m_progress->reset();
    m_progress->hide();
    m_exportButton->setEnabled(true);
    updateState();
    showSummary(lines.join(QLatin1Char('\n')), !ok || m_summary.cancelled);
    emit exportFinished(ok && !m_summary.cancelled);
}

QStringList BulkExportDialog::exportEInvoices(const QList<qint64> &documentIds, const QString &folder)
{
    const QString target = QDir(folder).filePath(QStringLiteral("e-invoices"));
    QStringList refused;
    int written = 0;
    EInvoiceService einvoices(m_ledger);
    for (qint64 id : documentIds) {
        auto document = m_ledger.context().documents.find(id, false);
        if (!document) {
            refused << document.message();
            continue;
        }
        const EInvoiceFormat format = ExportEInvoiceDialog::preferredFormat(m_ledger.context(), document.value());
        if (format == EInvoiceFormat::None)
            continue;
        if (!QDir().mkpath(target)) {
            refused << tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(target));
            break;
        }
        auto done = einvoices.exportToFile(
            id, format, QDir(target).filePath(EInvoiceService::fileNameFor(document.value(), format)));
        if (done)
            ++written;
        else
            refused << tr("%1: %2").arg(document->displayName(), done.message());
    }
    refused.prepend(tr("E-invoices written to %1: %2.").arg(QDir::toNativeSeparators(target)).arg(written));
    return refused;
}

void BulkExportDialog::showSummary(const QString &text, bool error)
{
    m_summaryLabel->setText(text);
    m_summaryLabel->setStyleSheet(error ? QStringLiteral("color: #a40000;") : QString());
}
