#pragma once

#include "Document.h"
#include "EInvoiceFormat.h"

#include <QDialog>

class CompanySession;
struct LedgerContext;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Export e-invoice…" on a posted invoice or credit note: the format (the customer's preferred
// one first), where to save it, and before anything is written what the document still lacks
// for that format. A refusal keeps the dialog open with the list and writes nothing.
// objectNames: einvoiceExportDialog, einvoiceExportFormat, einvoiceExportPath, einvoiceExportBrowse,
// einvoiceExportMissing, einvoiceExportButton.
class ExportEInvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    ExportEInvoiceDialog(CompanySession &session, const Document &document, QWidget *parent = nullptr);

    EInvoiceFormat format() const;
    void accept() override;

    // The format a document's e-invoice is made in unless the clerk chooses another: the
    // customer's preferred one (as now, else as frozen at posting), else Factur-X.
    static EInvoiceFormat defaultFormat(CompanySession &session, const Document &document);
    // The customer's preferred format (as now, else as frozen at posting); None when they have none.
    static EInvoiceFormat preferredFormat(LedgerContext &context, const Document &document);

private:
    void formatChanged();
    void showMissing(const QStringList &missing);

    CompanySession &m_session;
    Document m_document;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_missing;
    QPushButton *m_export;
};
