#include "ReportsPage.h"

#include "AtomicFile.h"
#include "CsvWriter.h"
#include "ReportChartWidget.h"
#include "ReportService.h"
#include "ReportTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

ReportsPage::ReportsPage(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_reportCombo(new QComboBox(this))
    , m_asOf(new QDateEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_registerType(new QComboBox(this))
    , m_numberFrom(new QLineEdit(this))
    , m_numberTo(new QLineEdit(this))
    , m_registerFilter(new QWidget(this))
    , m_form(new QFormLayout)
    , m_figures(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ReportTableModel(this))
    , m_chart(new ReportChartWidget(this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportPdf(new QPushButton(tr("Export PDF…"), this))
    , m_print(new QPushButton(tr("Print…"), this))
{
    setObjectName(QStringLiteral("reportsPage"));
    m_reportCombo->setObjectName(QStringLiteral("reportCombo"));
    for (const ReportService::Info &info : ReportService::available())
        m_reportCombo->addItem(info.title, info.name);
    const QDate today = m_ledger.context().clock.today();
    for (QDateEdit *edit : {m_asOf, m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(UiFormat::dateFormat());
    }
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_asOf->setDate(today);
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_registerType->setObjectName(QStringLiteral("registerType"));
    m_registerType->addItem(tr("Invoices and credit notes"), QStringLiteral("all"));
    m_registerType->addItem(tr("Invoices"), QStringLiteral("invoice"));
    m_registerType->addItem(tr("Credit notes"), QStringLiteral("credit_note"));
    m_numberFrom->setObjectName(QStringLiteral("registerNumberFrom"));
    m_numberTo->setObjectName(QStringLiteral("registerNumberTo"));
    m_numberFrom->setPlaceholderText(tr("from number"));
    m_numberTo->setPlaceholderText(tr("to number"));
    auto *filter = new QHBoxLayout(m_registerFilter);
    filter->setContentsMargins(0, 0, 0, 0);
    filter->addWidget(m_registerType);
    filter->addWidget(m_numberFrom);
    filter->addWidget(m_numberTo);

    auto *run = new QPushButton(tr("Show"), this);
    run->setObjectName(QStringLiteral("runReportButton"));
    run->setDefault(true);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_print->setObjectName(QStringLiteral("printReportButton"));
    m_figures->setObjectName(QStringLiteral("reportFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    TableViews::makeSortable(m_table); // by value, the totals row last
    m_chart->setObjectName(QStringLiteral("reportChart"));
    m_chart->hide();

    QFormLayout *form = m_form;
    form->addRow(tr("Report"), m_reportCombo);
    form->addRow(tr("As of"), m_asOf);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Register"), m_registerFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(run);
    buttons->addStretch();
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart);
    layout->addWidget(m_table, 1);

    connect(m_reportCombo, &QComboBox::currentIndexChanged, this, &ReportsPage::clearReport);
    connect(run, &QPushButton::clicked, this, &ReportsPage::runReport);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::chooseCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsPage::print);
    updateInputs();
}

const ReportTable &ReportsPage::report() const
{
    return m_model->report();
}

void ReportsPage::selectReport(const QString &name)
{
    const int index = m_reportCombo->findData(name);
    if (index >= 0)
        m_reportCombo->setCurrentIndex(index);
}

void ReportsPage::updateInputs()
{
    const QString name = m_reportCombo->currentData().toString();
    bool period = true;
    for (const ReportService::Info &info : ReportService::available())
        if (info.name == name)
            period = info.usesPeriod;
    QFormLayout *form = m_form;
    form->setRowVisible(m_asOf, !period);
    form->setRowVisible(m_from, period);
    form->setRowVisible(m_to, period);
    form->setRowVisible(m_registerFilter, name == QLatin1String("invoice_register"));
    const bool hasRows = !m_model->report().columns.isEmpty();
    m_exportCsv->setEnabled(hasRows);
    m_exportPdf->setEnabled(hasRows);
    m_print->setEnabled(hasRows);
}

void ReportsPage::clearReport()
{
    // Another report: the figures of the one shown before are not this one's.
    m_model->setReport(ReportTable());
    m_chart->setReport(ReportTable());
    m_figures->clear();
    showError({});
    updateInputs();
}

void ReportsPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ReportsPage::runReport()
{
    ReportRequest request;
    request.name = m_reportCombo->currentData().toString();
    request.asOf = m_asOf->date();
    request.from = m_from->date();
    request.to = m_to->date();
    const QString type = m_registerType->currentData().toString();
    if (type != QLatin1String("all"))
        request.register_.creditNotes = type == QLatin1String("credit_note");
    request.register_.numberFrom = m_numberFrom->text().trimmed();
    request.register_.numberTo = m_numberTo->text().trimmed();
    request.limit = 100000;
    ReportService reports(m_ledger.context());
    auto table = reports.run(request);
    if (!table) {
        showError(table.message());
        return;
    }
    showError({});
    m_model->setReport(table.value());
    m_table->resizeColumnsToContents(); // each report has its own columns: no widths remembered
    QStringList figures;
    for (const ReportFigure &f : std::as_const(table->figures)) {
        const QString value = table->displayText(f.value, f.kind, QLocale());
        figures
            << tr("%1: <b>%2</b>").arg(f.label.toHtmlEscaped(), value.isEmpty() ? tr("n/a") : value.toHtmlEscaped());
    }
    if (table->truncated)
        figures << tr("Only the first %1 rows are shown; the totals cover all.").arg(table->rows.size());
    m_figures->setText(figures.join(QStringLiteral(" · ")));
    m_chart->setReport(table.value());
    updateInputs();
    emit statusMessage(tr("%1: %n row(s)", nullptr, static_cast<int>(table->rows.size())).arg(table->title));
}

Status ReportsPage::exportCsv(const QString &path)
{
    const ReportTable &t = m_model->report();
    // Like every export: atomically, and never in place of what is not a regular file (AtomicFile).
    AtomicFile file(path);
    FACTURO_TRY(file.open());
    CsvWriter csv(file.device());
    FACTURO_TRY(csv.writeBom());
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header << c.label;
    FACTURO_TRY(csv.writeRow(header));
    QList<QVariantList> rows = t.rows;
    if (!t.totals.isEmpty())
        rows << t.totals;
    for (const QVariantList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            cells << t.plainText(row.value(i), t.columns.at(i).kind);
        FACTURO_TRY(csv.writeRow(cells));
    }
    return file.commit();
}

QString ReportsPage::html() const
{
    const ReportTable &t = m_model->report();
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
    if (t.asOf.isValid())
        html += QStringLiteral("<p>%1</p>").arg(tr("As of %1").arg(locale.toString(t.asOf, QLocale::LongFormat)));
    else
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("From %1 to %2")
                             .arg(locale.toString(t.from, QLocale::ShortFormat),
                                 locale.toString(t.to, QLocale::ShortFormat)));
    for (const ReportFigure &f : t.figures)
        html += QStringLiteral("<p>%1: <b>%2</b></p>")
                    .arg(f.label.toHtmlEscaped(), t.displayText(f.value, f.kind, locale).toHtmlEscaped());
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
    for (const ReportColumn &c : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(c.label.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    QList<QVariantList> rows = t.rows;
    if (!t.totals.isEmpty())
        rows << t.totals;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const bool total = r >= t.rows.size();
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            const ReportColumn &c = t.columns.at(i);
            const QString text = t.cellText(c, rows.at(r).value(i), locale).toHtmlEscaped();
            html += QStringLiteral("<td align=\"%1\">%2</td>")
                        .arg(c.kind == ReportColumn::Kind::Text ? QStringLiteral("left") : QStringLiteral("right"),
                            total ? QStringLiteral("<b>%1</b>").arg(text) : text);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

Status ReportsPage::exportPdf(const QString &path)
{
    AtomicFile file(path);
    FACTURO_TRY(file.open());
    {
        QPdfWriter writer(&file.device());
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(m_model->report().title);
        writer.setCreator(QStringLiteral("Facturo"));
        QTextDocument document;
        document.setHtml(html());
        document.print(&writer);
    }
    return file.commit();
}

void ReportsPage::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as CSV"), m_model->report().name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = exportCsv(path);
    showError(done.message());
    if (done)
        emit statusMessage(tr("Saved %1").arg(path));
}

void ReportsPage::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"), m_model->report().name + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status done = exportPdf(path);
    showError(done.message());
    if (done)
        emit statusMessage(tr("Saved %1").arg(path));
}

void ReportsPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(html());
    document.print(&printer);
}
