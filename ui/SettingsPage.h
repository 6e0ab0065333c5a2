#pragma once

#include "Page.h"

#include <QHash>
#include <QPointer>

#include <functional>

class CompanySettingsForm;
class LateFeesWidget;
class MailTextsWidget;
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
    // Opens a tab by its objectName (documentsTab, mailTab, mailTextsTab, lateFeesTab, backupsTab,
    // handoffTab) and
    // returns it, its content made on first use.
    QWidget *showTab(const char *name);
    // The tabs whose fields were changed by the user and not saved yet, by their titles.
    QStringList unsavedTabs() const;
    // Shows the first tab with unsaved changes.
    void showUnsaved();

signals:
    // Settings › Backups: put this backup in place of the open company file.
    void restoreRequested(const QString &backupPath);
    // Settings › Program: the interface language was changed ("" for the system's).
    void interfaceLanguageChanged(const QString &language);

protected:
    // Another clerk's change does not throw away settings being edited here.
    void refreshForOthers() override;

private:
    using TabFactory = std::function<QWidget *(QWidget *parent)>;
    void addLazyTab(const QString &title, const char *name, TabFactory make);
    QWidget *makeTab(int index);
    QWidget *withSaveButton(QWidget *page, const char *name);
    QWidget *taxRatesTab();
    QWidget *usersTab();
    QWidget *programTab();
    void saveCompany();
    void addTaxRate();
    void addUser();
    // Marks `tab` as changed when the user edits a field of `content`; markSaved clears it.
    void track(QWidget *content, QWidget *tab);
    void markSaved(QWidget *tab);

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
    QHash<QWidget *, TabFactory> m_factories; // tabs not made yet
    QList<QWidget *> m_unsaved; // tabs (m_tabs' pages) changed and not saved
    QPointer<MailTextsWidget> m_texts;
    QPointer<LateFeesWidget> m_fees;
};
