#pragma once

#include "Ledger.h"
#include "ReportTable.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class ReportChartWidget;
class ReportTableModel;

// The Reports page (issue 6): pick a report, its day or period (and the register's filter),
// see its headline figures, its table and, for aging and monthly sales, a chart; export it to
// CSV or PDF, or print it. The figures are ReportService's, the same as `facturo-cli report`.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Ledger &ledger, QWidget *parent = nullptr);

    const ReportTable &report() const;
    void selectReport(const QString &name);
    Status exportCsv(const QString &path);
    Status exportPdf(const QString &path);
    // The report as an HTML table (PDF and printing).
    QString html() const;

public slots:
    void runReport();

signals:
    void statusMessage(const QString &text);

private:
    void updateInputs();
    void clearReport();
    void chooseCsv();
    void choosePdf();
    void print();
    void showError(const QString &message);

    Ledger &m_ledger;
    QComboBox *m_reportCombo;
    QDateEdit *m_asOf;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_registerType;
    QLineEdit *m_numberFrom;
    QLineEdit *m_numberTo;
    QWidget *m_registerFilter;
    QFormLayout *m_form;
    QLabel *m_figures;
    QLabel *m_message;
    QTableView *m_table;
    ReportTableModel *m_model;
    ReportChartWidget *m_chart;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
};
