#pragma once

#include "ExportService.h"

#include <QDialog>

class Ledger;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Files for the accountant (File › Export for the accountant): invoices, payments or the journal
// of a period as CSV (separator of choice), or the journal in the French FEC layout. The file is
// written only once complete; the export is an audit event (ExportService).
// objectNames: exportKind, exportFormat, exportFrom, exportTo, exportSeparator, exportFile,
// exportRun, exportMessage.
class AccountantExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountantExportDialog(Ledger &ledger, QWidget *parent = nullptr);

    ExportRequest request() const;
    void setFile(const QString &path);
    // Writes the file; returns the number of rows written.
    Result<qint64> run();

signals:
    void exported(const QString &whatHappened);

private:
    void updateFormats();
    void browse();

    Ledger &m_ledger;
    MessageBanner *m_banner;
    QComboBox *m_kind;
    QComboBox *m_format;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_separator;
    QLineEdit *m_file;
};
