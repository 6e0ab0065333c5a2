#include "ImportDialog.h"

#include "ImportService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_validOnly(new QCheckBox(tr("Import only the valid rows (the others are left out)"), this))
    , m_rows(new QTableWidget(0, 4, this))
    , m_issues(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import"));
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Customers"), static_cast<int>(ImportKind::Customers));
    m_kind->addItem(tr("Catalog items"), static_cast<int>(ImportKind::Catalog));
    m_kind->addItem(tr("Completed jobs"), static_cast<int>(ImportKind::Jobs));
    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_rows->setObjectName(QStringLiteral("importPreviewTable"));
    m_rows->setHorizontalHeaderLabels({tr("Row"), tr("Action"), tr("What"), tr("Details")});
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setObjectName(QStringLiteral("importIssuesList"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    auto *previewButton = new QPushButton(tr("Preview"), this);
    previewButton->setObjectName(QStringLiteral("importPreviewButton"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(previewButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Import"), m_kind);
    form->addRow(tr("File"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_rows, 2);
    layout->addWidget(new QLabel(tr("Problems"), this));
    layout->addWidget(m_issues, 1);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_previewed = false;
        m_import->setEnabled(false);
    });
    connect(m_validOnly, &QCheckBox::toggled, this, [this] { showReport(m_report); });
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ImportDialog::setFile(const QString &path)
{
    m_file->setText(path);
    preview();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the file to import"), QString(), tr("CSV or JSON files (*.csv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

Result<ImportReport> ImportDialog::runWith(bool dryRun)
{
    QFile file(m_file->text());
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read %1: %2").arg(m_file->text(), file.errorString()));
    ImportOptions options;
    options.dryRun = dryRun;
    options.allOrNothing = !m_validOnly->isChecked();
    ImportService importer(
        m_ledger.context(), m_ledger.audit(), m_ledger.customers(), m_ledger.settings(), m_ledger.jobImport());
    return importer.importFile(static_cast<ImportKind>(m_kind->currentData().toInt()), file.readAll(), options);
}

void ImportDialog::preview()
{
    auto report = runWith(true);
    m_previewed = report.ok();
    if (!report) {
        m_report = {};
        showReport(m_report);
        m_summary->setText(report.message());
        return;
    }
    showReport(report.value());
}

void ImportDialog::showReport(const ImportReport &report)
{
    m_report = report;
    static const QStringList actions {tr("create"), tr("update"), tr("skip"), tr("refused")};
    m_rows->setRowCount(static_cast<int>(report.rows.size()));
    for (int i = 0; i < report.rows.size(); ++i) {
        const ImportRowAction &r = report.rows.at(i);
        m_rows->setItem(i, 0, new QTableWidgetItem(r.row > 0 ? QString::number(r.row) : QString()));
        m_rows->setItem(i, 1, new QTableWidgetItem(actions.value(static_cast<int>(r.action))));
        m_rows->setItem(i, 2, new QTableWidgetItem(r.label));
        m_rows->setItem(i, 3, new QTableWidgetItem(r.detail));
    }
    m_issues->clear();
    for (const ImportIssue &issue : report.issues)
        m_issues->addItem(issue.text());
    const bool anyToDo = report.created + report.updated > 0;
    const bool blocked = !report.issues.isEmpty() && !m_validOnly->isChecked();
    m_import->setEnabled(m_previewed && report.dryRun && anyToDo && !blocked);
    QString text;
    if (report.imported)
        text = tr("Imported: %1 created, %2 updated, %3 skipped.")
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.skipped);
    else if (m_previewed)
        text = tr("Preview (%1): %2 to create, %3 to update, %4 to skip.")
                   .arg(report.format == QLatin1String("json")
                           ? tr("JSON")
                           : tr("%1, separator \"%2\"")
                                 .arg(report.encoding,
                                     report.separator == QLatin1Char('\t') ? tr("tab") : QString(report.separator)))
                   .arg(report.created)
                   .arg(report.updated)
                   .arg(report.skipped);
    if (blocked)
        text += QLatin1Char(' ')
            + tr("%n problem(s): nothing will be imported until they are fixed.", nullptr,
                static_cast<int>(report.issues.size()));
    m_summary->setText(text);
}

void ImportDialog::runImport()
{
    auto report = runWith(false);
    m_previewed = false;
    if (!report) {
        m_summary->setText(report.message());
        return;
    }
    showReport(report.value());
    if (report->imported)
        emit changed(tr("Imported %1 row(s)").arg(report->created + report->updated));
}
