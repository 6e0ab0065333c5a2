#pragma once

#include "Contract.h"
#include "ContractService.h"

#include <QDialog>

class CompanySession;
class CustomerPicker;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Adds or edits a maintenance contract: its header (customer, frequency, start, end, billing,
// lead days, what each occurrence becomes, reference), its lines with their price versions (a
// new price is a new version from a date), and pause, resume, end, cancel. Every button is one
// service call (one transaction, audited); a refusal shows its message and changes nothing.
class ContractDialog : public QDialog
{
    Q_OBJECT
public:
    ContractDialog(CompanySession &session, qint64 contractId, QWidget *parent = nullptr);

    qint64 contractId() const { return m_contract.id; }
    // The buttons' work, callable by tests without clicking.
    Status save();
    Status addLine();
    void fillFromCatalog();
    Status removeSelectedLine();
    Status newPrice();
    Status pause();
    Status resume(ContractService::Missed missed);
    Status endContract();
    Status cancelContract();

private:
    void load(qint64 id);
    void showContract();
    Status report(const Status &done, const QString &success);
    Result<Contract> header() const;
    qint64 selectedLineId() const;

    CompanySession &m_session;
    ContractService m_service;
    Contract m_contract;
    MessageBanner *m_banner;
    CustomerPicker *m_customer;
    QSpinBox *m_every;
    QComboBox *m_unit;
    QDateEdit *m_start;
    QComboBox *m_endKind;
    QDateEdit *m_endDate;
    QSpinBox *m_count;
    QComboBox *m_billing;
    QSpinBox *m_leadDays;
    QComboBox *m_action;
    QLineEdit *m_reference;
    QLabel *m_status;
    QTableWidget *m_lines;
    QComboBox *m_lineItem; // catalog items: a chosen one fills the line; its id goes with the line
    QLineEdit *m_lineText;
    QLineEdit *m_lineQuantity;
    QLineEdit *m_linePrice;
    QLineEdit *m_lineRate;
    QLineEdit *m_newPrice;
    QDateEdit *m_priceFrom;
    QDateEdit *m_endOn;
    QList<QWidget *> m_needsContract; // enabled once the contract exists
};
