#pragma once

#include "CreditNoteService.h"
#include "Document.h"

#include <QDialog>
#include <QHash>
#include <QList>

class CompanySession;
class CreditLinesModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QTabWidget;

// Issues a credit note for a posted invoice, in one of two ways: the invoice's lines with a
// quantity to credit each, or a free net amount per tax rate of the invoice (a goodwill gesture).
// With a reason and the total it will credit, it is confirmed, then created and posted.
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
    QWidget *amountsPage();
    bool byAmount() const;
    // The amounts typed per rate, or the first field's refusal.
    Result<QList<CreditNoteService::RateAmount>> typedAmounts() const;
    Result<DocumentTotals> pendingTotals() const;
    void updatePreview();
    void post();

    CompanySession &m_session;
    Document m_invoice;
    CreditLinesModel *m_lines;
    MessageBanner *m_banner;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QTabWidget *m_modes = nullptr;
    QList<TaxSubtotal> m_rates; // what each rate can still be credited
    QList<QLineEdit *> m_amounts; // one per rate, in m_rates' order
};
