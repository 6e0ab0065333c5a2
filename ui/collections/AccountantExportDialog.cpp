#include "AccountantExportDialog.h"

#include "Ledger.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccountantExportDialog::AccountantExportDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_banner(new MessageBanner(this)), m_kind(new QComboBox(this)),
      m_format(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_separator(new QComboBox(this)), m_file(new QLineEdit(this))
{
    setObjectName(QStringLiteral("accountantExportDialog"));
    setWindowTitle(tr("Export for the accountant"));
    m_banner->setObjectName(QStringLiteral("exportMessage"));
    m_kind->setObjectName(QStringLiteral("exportKind"));
    m_kind->addItem(tr("Journal entries"), static_cast<int>(ExportKind::Journal));
    m_kind->addItem(tr("Invoices and credit notes"), static_cast<int>(ExportKind::Invoices));
    m_kind->addItem(tr("Payments"), static_cast<int>(ExportKind::Payments));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_separator->setObjectName(QStringLiteral("exportSeparator"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    const QDate today = ledger.context().clock.today();
    const QDate lastMonth = today.addMonths(-1);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(UiFormat::dateFormat());
    }
    m_from->setDate(QDate(lastMonth.year(), lastMonth.month(), 1));
    m_to->setDate(QDate(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth()));
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(m_to);

    auto *form = new QFormLayout;
    form->addRow(tr("What"), m_kind);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Period"), period);
    form->addRow(tr("Separator"), m_separator);
    form->addRow(tr("File"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *runButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    runButton->setObjectName(QStringLiteral("exportRun"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountantExportDialog::updateFormats);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_separator->setEnabled(m_format->currentData().toInt() == static_cast<int>(ExportFormat::Csv)); });
    connect(browseButton, &QPushButton::clicked, this, &AccountantExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(runButton, &QPushButton::clicked, this, [this] {
        if (run())
            accept();
    });
    updateFormats();
    resize(520, sizeHint().height());
}

void AccountantExportDialog::updateFormats()
{
    const bool journal = m_kind->currentData().toInt() == static_cast<int>(ExportKind::Journal);
    m_format->clear();
    m_format->addItem(tr("CSV for a spreadsheet"), static_cast<int>(ExportFormat::Csv));
    if (journal)
        m_format->addItem(tr("FEC (French audit file)"), static_cast<int>(ExportFormat::Fec));
}

void AccountantExportDialog::browse()
{
    const bool fec = m_format->currentData().toInt() == static_cast<int>(ExportFormat::Fec);
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_file->text(),
                                                      fec ? tr("FEC files (*.txt)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setFile(path);
}

void AccountantExportDialog::setFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

ExportRequest AccountantExportDialog::request() const
{
    ExportRequest r;
    r.kind = static_cast<ExportKind>(m_kind->currentData().toInt());
    r.format = static_cast<ExportFormat>(m_format->currentData().toInt());
    r.from = m_from->date();
    r.to = m_to->date();
    r.separator = m_separator->currentData().toString().at(0);
    return r;
}

Result<qint64> AccountantExportDialog::run()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_banner->showMessage(tr("Choose the file to write."));
        return Error::invalid(tr("No file chosen."));
    }
    ExportService exporter(m_ledger.context(), m_ledger.audit());
    auto rows = exporter.writeFile(path, request());
    if (!rows) {
        m_banner->showMessage(rows.message());
        return rows;
    }
    emit exported(tr("%n row(s) written to %1.", nullptr, static_cast<int>(rows.value())).arg(QDir::toNativeSeparators(path)));
    return rows;
}
