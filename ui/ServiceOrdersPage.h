#pragma once

#include "Page.h"
#include "Result.h"

class MessageBanner;
class Navigator;
class QComboBox;
class QLineEdit;
class QTableView;
class ServiceOrderDetailWidget;
struct ServiceOrderSummary;
template<typename Row>
class RowTableModel;

// Service orders (jobs): the list by status with search on the left, the selected order on the
// right; import of completed jobs from the field-service system.
class ServiceOrdersPage : public Page
{
    Q_OBJECT
public:
    ServiceOrdersPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

    // status: an OrderStatus as int, or -1 for every status.
    void showStatus(int status);
    void openOrder(qint64 orderId);
    // Asks for a JSON file of completed jobs and imports it.
    void chooseImportFile();
    // Bulk invoicing: the Done orders' drafts created, reviewed and posted in one action.
    void bulkInvoice();
    Status importFile(const QString &path);
    Status importJson(const QByteArray &json);
    ServiceOrderDetailWidget *detail() const { return m_detail; }

private:
    void newOrder();
    void selectCurrent();

    Navigator &m_navigator;
    QComboBox *m_status;
    QLineEdit *m_search;
    MessageBanner *m_banner;
    RowTableModel<ServiceOrderSummary> *m_model;
    QTableView *m_view;
    ServiceOrderDetailWidget *m_detail;
};
