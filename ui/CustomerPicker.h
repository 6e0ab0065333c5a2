#pragma once

#include <QLineEdit>

class CustomerRepository;
class QCompleter;
class QStandardItemModel;
class QTimer;

// A line edit that finds customers as you type (completion from the customer list) and
// remembers which one was chosen. Leaving the field with a name that matches one customer
// exactly chooses that customer too.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit CustomerPicker(const CustomerRepository &customers, QWidget *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    void setCustomer(qint64 id, const QString &name);
    void clearCustomer();
    // Chooses the customer whose name matches the text (exactly, or as the only match).
    bool chooseFromText();

signals:
    // id 0 when the field was cleared.
    void customerChosen(qint64 id, const QString &name);

private:
    void updateCompletions();
    void choose(qint64 id, const QString &name);

    const CustomerRepository &m_customers;
    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QTimer *m_timer;
    qint64 m_customerId = 0;
    QString m_chosenName;
};
