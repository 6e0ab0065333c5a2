#pragma once

#include "ServiceOrder.h"

#include <QObject>

class CompanySession;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QWidget;
template<typename Row>
class RowTableModel;

// The work of a service order: technicians' time and parts used, listed, and added or removed
// through the ServiceOrderService while the order is not Done. Two tabs for the order's detail.
class OrderWorkPanel : public QObject
{
    Q_OBJECT
public:
    OrderWorkPanel(CompanySession &session, QWidget *parent);

    QWidget *timeTab() const { return m_timeTab; }
    QWidget *partsTab() const { return m_partsTab; }
    void loadTaxRates();
    void setOrder(const ServiceOrder &order, bool editable);

    void addTimeEntry();
    void removeTimeEntry();
    void addPart();
    void removePart();

signals:
    // A change was saved (the order's detail reloads) or refused.
    void changed(const QString &whatHappened);
    void failed(const QString &message);

private:
    void done(const Status &status, const QString &whatHappened);

    CompanySession &m_session;
    ServiceOrder m_order;
    QWidget *m_timeTab;
    QWidget *m_partsTab;
    RowTableModel<TimeEntry> *m_time;
    RowTableModel<PartUsed> *m_parts;
    QTableView *m_timeView;
    QTableView *m_partsView;
    QWidget *m_timeForm;
    QWidget *m_partsForm;
    QLineEdit *m_technician;
    QDateEdit *m_workDate;
    QLineEdit *m_hours;
    QLineEdit *m_rate;
    QLineEdit *m_workDescription;
    QLineEdit *m_partDescription;
    QLineEdit *m_partQuantity;
    QLineEdit *m_partUnit;
    QLineEdit *m_partPrice;
    QComboBox *m_partTax;
};
