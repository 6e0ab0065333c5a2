#include "InvoicesPage.h"

#include "CompanySession.h"
#include "DraftEditorWidget.h"
#include "InvoiceListWidget.h"
#include "NewInvoiceDialog.h"
#include "PostedDocumentWidget.h"

#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

InvoicesPage::InvoicesPage(CompanySession &session, QWidget *parent)
    : Page(session, parent), m_stack(new QStackedWidget(this)), m_list(new InvoiceListWidget(session, this)),
      m_editor(new DraftEditorWidget(session, this)), m_posted(new PostedDocumentWidget(session, this))
{
    setObjectName(QStringLiteral("invoicesPage"));
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_posted);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_list, &InvoiceListWidget::documentActivated, this, &InvoicesPage::openDocument);
    connect(m_list, &InvoiceListWidget::currentChanged, this, &InvoicesPage::actionsChanged);
    connect(m_editor, &DraftEditorWidget::closeRequested, this, &InvoicesPage::showList);
    connect(m_editor, &DraftEditorWidget::posted, this, &InvoicesPage::openDocument);
    connect(m_editor, &DraftEditorWidget::statusMessage, this, &InvoicesPage::statusMessage);
    connect(m_posted, &PostedDocumentWidget::closeRequested, this, &InvoicesPage::showList);
    connect(m_posted, &PostedDocumentWidget::documentRequested, this, &InvoicesPage::openDocument);
    connect(m_posted, &PostedDocumentWidget::statusMessage, this, &InvoicesPage::statusMessage);
    connect(m_stack, &QStackedWidget::currentChanged, this, &InvoicesPage::actionsChanged);
}

QString InvoicesPage::title() const
{
    return tr("Invoices");
}

void InvoicesPage::refresh()
{
    if (m_stack->currentWidget() == m_list) {
        m_list->reload();
        m_listStale = false;
    } else {
        m_listStale = true;
        if (m_stack->currentWidget() == m_editor)
            m_editor->reload();
        else
            m_posted->reload();
    }
    emit actionsChanged();
}

void InvoicesPage::openDocument(qint64 documentId)
{
    auto document = m_session.context().documents.find(documentId, false);
    if (!document) {
        emit statusMessage(document.message());
        return;
    }
    const Status opened = document->isDraft() ? m_editor->openDraft(documentId) : m_posted->openDocument(documentId);
    if (!opened) {
        emit statusMessage(opened.message());
        return;
    }
    m_stack->setCurrentWidget(document->isDraft() ? static_cast<QWidget *>(m_editor) : m_posted);
    emit actionsChanged();
}

void InvoicesPage::showList()
{
    m_stack->setCurrentWidget(m_list);
    if (m_listStale) {
        m_listStale = false;
        m_list->reload();
    }
    m_list->view()->setFocus();
    emit actionsChanged();
}

void InvoicesPage::applyPreset(InvoicePreset preset, qint64 customerId)
{
    QString name;
    if (customerId > 0) {
        auto customer = m_session.context().customers.find(customerId);
        if (customer)
            name = customer->name;
    }
    m_stack->setCurrentWidget(m_list);
    m_listStale = false;
    m_list->applyPreset(preset, customerId, name);
    emit actionsChanged();
}

bool InvoicesPage::canDo(PageAction action) const
{
    switch (action) {
    case PageAction::New:
    case PageAction::Find: return true;
    case PageAction::Post:
        return m_stack->currentWidget() == m_editor && m_editor->document().isDraft()
            && !m_editor->document().isDeleted();
    case PageAction::RegisterPayment:
        if (m_stack->currentWidget() == m_posted)
            return m_posted->canRegisterPayment();
        if (m_stack->currentWidget() == m_list) {
            const auto row = m_list->currentSummary();
            return row && row->type == DocumentType::Invoice && row->status != DocumentStatus::Draft
                && row->amountDue > 0;
        }
        return false;
    case PageAction::Print: return m_stack->currentWidget() == m_posted;
    }
    return false;
}

void InvoicesPage::doAction(PageAction action)
{
    switch (action) {
    case PageAction::New: newInvoice(); break;
    case PageAction::Find:
        showList();
        m_list->focusSearch();
        break;
    case PageAction::Post:
        if (m_stack->currentWidget() == m_editor)
            m_editor->requestPost();
        break;
    case PageAction::RegisterPayment:
        if (m_stack->currentWidget() == m_list) {
            if (const auto row = m_list->currentSummary())
                openDocument(row->id);
        }
        if (m_stack->currentWidget() == m_posted)
            m_posted->registerPayment();
        break;
    case PageAction::Print:
        if (m_stack->currentWidget() == m_posted)
            m_posted->print();
        break;
    }
}

QUndoStack *InvoicesPage::undoStack() const
{
    return m_stack->currentWidget() == m_editor ? m_editor->undoStack() : nullptr;
}

void InvoicesPage::newInvoice()
{
    auto *dialog = new NewInvoiceDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewInvoiceDialog::draftCreated, this, &InvoicesPage::openDocument);
    dialog->open();
}
