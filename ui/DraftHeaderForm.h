#pragma once

#include "Document.h"
#include "PostingService.h"

#include <QWidget>

class CustomerPicker;
class CustomerRepository;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// The header of a draft: customer, dates and terms, references (the customer's, the purchase
// order's and the buyer reference of e-invoices), payment means, language and the two kinds of
// notes (printed on the document, or internal). Each finished edit is reported as the edited
// header; the editor turns it into an undoable command.
class DraftHeaderForm : public QWidget
{
    Q_OBJECT
public:
    explicit DraftHeaderForm(const CustomerRepository &customers, QWidget *parent = nullptr);

    void setDocument(const Document &document, bool editable);
    // What posting still needs, shown next to the field concerned.
    void setIssues(const QList<PostingIssue> &issues);
    // The notes tabs, laid out by the editor under the lines.
    QTabWidget *notesPanel() const { return m_notes; }

signals:
    void headerEdited(const Document &before, const Document &after, const QString &what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit(const QString &what);
    Document edited() const;
    static void showIssue(QLabel *label, const QStringList &messages);

    Document m_document;
    bool m_loading = false;
    CustomerPicker *m_customer;
    QDateEdit *m_serviceDate;
    QSpinBox *m_terms;
    QLineEdit *m_reference;
    QLineEdit *m_orderReference;
    QLineEdit *m_buyerReference;
    QComboBox *m_paymentMeans;
    QComboBox *m_language;
    QLineEdit *m_creditReason;
    QLabel *m_creditReasonLabel;
    QLabel *m_dueHint;
    QTabWidget *m_notes;
    QPlainTextEdit *m_printedNotes;
    QPlainTextEdit *m_internalNotes;
    QLabel *m_customerIssue;
    QLabel *m_serviceDateIssue;
};
