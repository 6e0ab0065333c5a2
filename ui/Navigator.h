#pragma once

#include <QObject>

// The pages of the main window, in navigation order.
enum class PageId {
    Dashboard,
    ServiceOrders,
    Quotations,
    Invoices,
    Payments,
    Reconciliation,
    Reminders,
    Reports,
    Customers,
    Catalog,
    Outbox,
    Contracts,
    Settings
};

// Ready-made invoice list filters the dashboard figures lead to.
enum class InvoicePreset { All, Drafts, Outstanding, Overdue, AwaitingApproval, Trash };

// How one page asks for another: the dashboard opens a filtered list, a service order opens
// its new draft. The main window connects these requests to the pages.
class Navigator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void showPage(PageId page) { emit pageRequested(page); }
    void openDocument(qint64 documentId) { emit documentRequested(documentId); }
    void showInvoices(InvoicePreset preset, qint64 customerId = 0) { emit invoicesRequested(preset, customerId); }
    // status: an OrderStatus as int, or -1 for every status.
    void showServiceOrders(int status) { emit serviceOrdersRequested(status); }
    void openServiceOrder(qint64 orderId) { emit serviceOrderRequested(orderId); }
    // The customers whose address is to review.
    void showCustomersToReview() { emit customersToReviewRequested(); }

signals:
    void pageRequested(PageId page);
    void documentRequested(qint64 documentId);
    void invoicesRequested(InvoicePreset preset, qint64 customerId);
    void serviceOrdersRequested(int status);
    void serviceOrderRequested(qint64 orderId);
    void customersToReviewRequested();
};
