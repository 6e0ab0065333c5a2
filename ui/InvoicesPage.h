#pragma once

#include "Navigator.h"
#include "Page.h"

class DraftEditorWidget;
class InvoiceListWidget;
class PostedDocumentWidget;
class QStackedWidget;

// Invoices and credit notes: the list, the draft editor and the posted view, one at a time.
class InvoicesPage : public Page
{
    Q_OBJECT
public:
    explicit InvoicesPage(CompanySession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;
    QUndoStack *undoStack() const override;

    void openDocument(qint64 documentId);
    void showList();
    void applyPreset(InvoicePreset preset, qint64 customerId = 0);

    InvoiceListWidget *list() const { return m_list; }
    DraftEditorWidget *editor() const { return m_editor; }
    PostedDocumentWidget *postedView() const { return m_posted; }

private:
    void newInvoice();

    QStackedWidget *m_stack;
    InvoiceListWidget *m_list;
    DraftEditorWidget *m_editor;
    PostedDocumentWidget *m_posted;
    bool m_listStale = false;
};
