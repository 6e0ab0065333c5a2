#pragma once

#include "Page.h"

class CompanySettingsForm;
class MessageBanner;
class QComboBox;
class QLineEdit;
class QTabWidget;
struct TaxRate;
struct User;
template<typename Row>
class RowTableModel;

// Settings of the company file (company, invoicing, tax rates, users) and of this program
// (interface language). Changes are checked and audited by the SettingsService; only a manager
// may make them.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(CompanySession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    // The interface language chosen in Settings ("" for the system's).
    static QString interfaceLanguage();

private:
    QWidget *withSaveButton(QWidget *page, const char *name);
    QWidget *taxRatesTab();
    QWidget *usersTab();
    QWidget *programTab();
    void saveCompany();
    void addTaxRate();
    void addUser();

    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    CompanySettingsForm *m_form;
    RowTableModel<TaxRate> *m_rates;
    RowTableModel<User> *m_users;
    QLineEdit *m_rateName = nullptr;
    QComboBox *m_rateCategory = nullptr;
    QLineEdit *m_rateValue = nullptr;
    QLineEdit *m_rateReason = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_userFullName = nullptr;
    QComboBox *m_userRole = nullptr;
    QComboBox *m_uiLanguage = nullptr;
};
