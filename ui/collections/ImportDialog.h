#pragma once

#include "ImportReport.h"
#include "Ledger.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// Import customers, catalog items or completed jobs from a CSV (or JSON jobs) file (issue 6):
// choose the file, see the preview (every row and what it will do) and the problems (row and
// field), then import: all or nothing unless "import only the valid rows" is ticked.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Ledger &ledger, QWidget *parent = nullptr);

    void setKind(ImportKind kind);
    void setFile(const QString &path); // reads it and shows the preview
    const ImportReport &report() const { return m_report; }

public slots:
    void preview();
    void runImport();

signals:
    void changed(const QString &whatHappened);

private:
    void browse();
    void showReport(const ImportReport &report);
    Result<ImportReport> runWith(bool dryRun);

    Ledger &m_ledger;
    QComboBox *m_kind;
    QLineEdit *m_file;
    QCheckBox *m_validOnly;
    QTableWidget *m_rows;
    QListWidget *m_issues;
    QLabel *m_summary;
    QPushButton *m_import;
    ImportReport m_report;
    bool m_previewed = false;
};
