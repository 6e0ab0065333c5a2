#pragma once

#include "BulkPdfExporter.h"

#include <QDialog>
#include <QList>

class Ledger;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;

// Exports many invoices and credit notes as PDFs: a month (all posted documents issued in it)
// or a given selection, to a folder of files named by number and/or one combined PDF. The
// export runs with a cancellable progress dialog and ends with a summary line. Each document
// is archived and audited as an export (BulkPdfExporter). With the folder, the e-invoices of the
// customers who want one can go into its "e-invoices" folder (EInvoiceService).
//
//   auto *dialog = new BulkExportDialog(session.ledger(), this);
//   dialog->setSelection(selectedIds); // optional: otherwise the user picks a month
//   dialog->setAttribute(Qt::WA_DeleteOnClose);
//   dialog->open();
class BulkExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkExportDialog(Ledger &ledger, QWidget *parent = nullptr);

    void setSelection(const QList<qint64> &documentIds);
    void setMonth(const QDate &anyDayOfMonth);
    void setFolder(const QString &folder);
    void setCombinedFile(const QString &filePath); // empty: no combined PDF
    void setFolderExport(bool enabled);

    // The documents the export would take (the selection, or the month's posted documents).
    Result<QList<qint64>> documents() const;
    QProgressDialog *progressDialog() const { return m_progress; }
    const BulkPdfSummary &summary() const { return m_summary; }

public slots:
    // Runs the export now (the Export button). Returns when it is done or cancelled.
    void startExport();

signals:
    void progressed(int done, int total);
    void exportFinished(bool ok);

private:
    bool step(int done, int total, const QString &current);
    void showSummary(const QString &text, bool error);
    void updateState();
    // Each document's e-invoice in its customer's preferred format, into <folder>/e-invoices.
    QStringList exportEInvoices(const QList<qint64> &documentIds, const QString &folder);

    Ledger &m_ledger;
    QList<qint64> m_selection;
    BulkPdfSummary m_summary;

    QRadioButton *m_monthScope = nullptr;
    QRadioButton *m_selectionScope = nullptr;
    QDateEdit *m_monthEdit = nullptr;
    QComboBox *m_typeCombo = nullptr;
    QCheckBox *m_folderCheck = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_folderBrowse = nullptr;
    QCheckBox *m_einvoiceCheck = nullptr;
    QCheckBox *m_combinedCheck = nullptr;
    QLineEdit *m_combinedEdit = nullptr;
    QPushButton *m_combinedBrowse = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressDialog *m_progress = nullptr;
};
