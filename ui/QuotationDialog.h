#pragma once

#include "DocumentLine.h"

#include <QDialog>

class CompanySession;
class CustomerPicker;
class DocumentLinesModel;
class MessageBanner;
class QDateEdit;
class QLabel;
class QLineEdit;

// A new quotation: customer, what it is for, how long it is valid, and its lines typed in
// place like an invoice's (with catalog completion). Saved as a draft quotation.
class QuotationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuotationDialog(CompanySession &session, QWidget *parent = nullptr);

    DocumentLinesModel *linesModel() const { return m_lines; }
    void accept() override;

signals:
    void quotationCreated(qint64 quotationId);

private:
    Status editLine(int row, const DocumentLine &line);
    void updateTotal();

    CompanySession &m_session;
    QList<DocumentLine> m_draftLines;
    CustomerPicker *m_customer;
    QLineEdit *m_description;
    QDateEdit *m_validUntil;
    DocumentLinesModel *m_lines;
    MessageBanner *m_banner;
    QLabel *m_total;
};
