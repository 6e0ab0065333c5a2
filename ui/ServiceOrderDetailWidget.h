#pragma once

#include "ServiceOrder.h"

#include <QWidget>

class CompanySession;
class HistoryModel;
class MessageBanner;
class Navigator;
class OrderWorkPanel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class SignaturePadWidget;
template<typename Row>
class RowTableModel;

// One service order: customer and site, description and intervention report, the technicians'
// time and the parts used (editable until the order is Done), the customer's sign-off, the
// status actions and, once Done, "Create invoice".
class ServiceOrderDetailWidget : public QWidget
{
    Q_OBJECT
public:
    ServiceOrderDetailWidget(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);
    ~ServiceOrderDetailWidget() override;

    Status openOrder(qint64 orderId);
    void reload();
    const ServiceOrder &order() const { return m_order; }
    SignaturePadWidget *signaturePad() const { return m_signature; }

    void saveDetails();
    void saveSignOff();
    void moveTo(OrderStatus status);
    void createInvoice();

private:
    void buildUi();
    void display(const ServiceOrder &order);
    void done(const Status &status, const QString &whatHappened);
    bool editable() const;

    CompanySession &m_session;
    Navigator &m_navigator;
    ServiceOrder m_order;
    QLabel *m_title;
    QLabel *m_customer;
    MessageBanner *m_banner;
    QLineEdit *m_site;
    QLineEdit *m_description;
    QPlainTextEdit *m_report;
    QPushButton *m_save;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_invoice;
    QTabWidget *m_tabs;
    HistoryModel *m_history;
    OrderWorkPanel *m_work;
    QLineEdit *m_signoffName;
    QLabel *m_signoffInfo;
    SignaturePadWidget *m_signature;
    QPushButton *m_saveSignoff;
};
