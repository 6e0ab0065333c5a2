#pragma once

#include "Document.h"

#include <QDialog>

class CompanySession;
class CreditLinesModel;
class MessageBanner;
class QLabel;
class QLineEdit;

// Issues a credit note for a posted invoice: the invoice's lines with a quantity to credit
// each, a reason, the total it will credit, then the credit note is created and posted.
class CreditNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CreditNoteDialog(CompanySession &session, const Document &invoice, QWidget *parent = nullptr);

    CreditLinesModel *linesModel() const { return m_lines; }
    void accept() override;

signals:
    void creditNotePosted(qint64 creditNoteId, const QString &number);

private:
    void updatePreview();

    CompanySession &m_session;
    Document m_invoice;
    CreditLinesModel *m_lines;
    MessageBanner *m_banner;
    QLineEdit *m_reason;
    QLabel *m_preview;
};
