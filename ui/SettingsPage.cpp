#include "SettingsPage.h"

#include "PaymentSettingsWidget.h"

#include "BackupSettingsWidget.h"
#include "HandoffSettingsWidget.h"
#include "CompanySession.h"
#include "CompanySettingsForm.h"
#include "FieldProblems.h"
#include "MessageBanner.h"
#include "RowTableModel.h"
#include "TableViews.h"
#include "UiFormat.h"
#include "UserPasswordDialog.h"
#include "collections/LateFeesWidget.h"
#include "mail/MailSession.h"
#include "mail/MailSettingsWidget.h"
#include "mail/MailTextsWidget.h"
#include "print/TemplateSettingsWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QPlainTextEdit>
#include <QAbstractButton>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
} // namespace

SettingsPage::SettingsPage(CompanySession &session, QWidget *parent)
    : Page(session, parent), m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this)),
      m_form(new CompanySettingsForm(this)),
      m_rates(new RowTableModel<TaxRate>(
          {{tr("Name"), [](const TaxRate &r) { return r.name; }},
           {tr("Category"), [](const TaxRate &r) { return TaxCategories::displayName(r.category); }},
           {tr("Rate"), [](const TaxRate &r) { return UiFormat::percent(r.rate); }, RowTableModel<TaxRate>::Number},
           {tr("Default"), [](const TaxRate &r) { return r.isDefault ? tr("default") : QString(); }},
           {tr("Exemption reason"), [](const TaxRate &r) { return r.exemptionReason; }}},
          this)),
      m_users(new RowTableModel<User>(
          {{tr("User"), [](const User &u) { return u.name; }},
           {tr("Full name"), [](const User &u) { return u.fullName; }},
           {tr("Role"), [](const User &u) { return u.isManager() ? tr("Manager") : tr("Clerk"); }},
           {tr("Active"), [](const User &u) { return u.active ? tr("yes") : tr("no"); }}},
          this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_banner->setObjectName(QStringLiteral("settingsMessage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    QWidget *identity = withSaveButton(m_form->identityPage(this), "saveCompanyButton");
    QWidget *invoicing = withSaveButton(m_form->invoicingPage(this), "saveInvoicingButton");
    m_tabs->addTab(identity, tr("Company"));
    m_tabs->addTab(invoicing, tr("Invoicing"));
    track(identity, identity);
    track(invoicing, invoicing);
    m_tabs->addTab(taxRatesTab(), tr("Tax rates"));
    m_tabs->addTab(usersTab(), tr("Users"));
    m_tabs->addTab(new PaymentSettingsWidget(session, this), tr("Payments"));
    m_tabs->addTab(programTab(), tr("Program"));
    // The tabs below are made when first opened: the document preview paints a page, and the
    // others read settings nobody may look at today.
    addLazyTab(tr("Documents"), "documentsTab", [this](QWidget *parent) {
        auto *documents = new TemplateSettingsWidget(m_session.ledger(), parent);
        documents->setObjectName(QStringLiteral("templateSettings"));
        connect(documents, &TemplateSettingsWidget::saved, this, [this, parent] {
            markSaved(parent);
            m_session.changed(tr("The document template was saved."));
        });
        return documents;
    });
    addLazyTab(tr("Mail server"), "mailTab", [this](QWidget *parent) {
        auto *mail = new MailSettingsWidget(m_session.mail(), parent);
        mail->setObjectName(QStringLiteral("mailSettings"));
        connect(mail, &MailSettingsWidget::saved, this, [this, parent] {
            markSaved(parent);
            m_session.mail().wake(); // what waited for a mail server goes out now
            m_session.say(tr("Mail server settings saved."));
        });
        return mail;
    });
    addLazyTab(tr("Mail texts"), "mailTextsTab", [this](QWidget *parent) {
        m_texts = new MailTextsWidget(m_session.ledger(), parent);
        connect(m_texts, &MailTextsWidget::saved, &m_session, &CompanySession::say);
        connect(m_texts, &MailTextsWidget::saved, this, [this, parent] { markSaved(parent); });
        return m_texts;
    });
    addLazyTab(tr("Late fees"), "lateFeesTab", [this](QWidget *parent) {
        m_fees = new LateFeesWidget(m_session.ledger(), m_session.currency(), parent);
        connect(m_fees, &LateFeesWidget::changed, &m_session, &CompanySession::say);
        return m_fees;
    });
    addLazyTab(tr("Backups"), "backupsTab", [this](QWidget *parent) {
        auto *backups = new BackupSettingsWidget(m_session.ledger(), m_session.backups(), parent);
        connect(backups, &BackupSettingsWidget::saved, &m_session, &CompanySession::say);
        connect(backups, &BackupSettingsWidget::saved, this, [this, parent] { markSaved(parent); });
        connect(backups, &BackupSettingsWidget::restoreRequested, this, &SettingsPage::restoreRequested);
        return backups;
    });
    addLazyTab(tr("Job hand-off"), "handoffTab", [this](QWidget *parent) {
        auto *handoff = new HandoffSettingsWidget(m_session.ledger(), parent);
        // The window's watcher reads the new folder and rules when the file says it changed.
        connect(handoff, &HandoffSettingsWidget::saved, &m_session, [this](const QString &text) { m_session.changed(text); });
        connect(handoff, &HandoffSettingsWidget::saved, this, [this, parent] { markSaved(parent); });
        connect(&m_session, &CompanySession::dataChanged, handoff, &HandoffSettingsWidget::reloadLog);
        return handoff;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsPage::makeTab);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::interfaceLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QWidget *SettingsPage::withSaveButton(QWidget *page, const char *name)
{
    auto *wrapper = new QWidget(this);
    auto *inner = new QWidget(wrapper);
    inner->setMaximumWidth(880);
    auto *save = new QPushButton(tr("Save"), inner);
    save->setObjectName(QString::fromLatin1(name));
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveCompany);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(save);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(page);
    innerLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(wrapper);
    layout->addWidget(inner);
    layout->addStretch(1);
    return wrapper;
}

QWidget *SettingsPage::taxRatesTab()
{
    auto *tab = new QWidget(this);
    m_rateName = new QLineEdit(tab);
    m_rateName->setObjectName(QStringLiteral("rateName"));
    m_rateName->setPlaceholderText(tr("Name, e.g. VAT 7%"));
    m_rateCategory = new QComboBox(tab);
    m_rateCategory->setObjectName(QStringLiteral("rateCategory"));
    for (TaxCategory c : {TaxCategory::Standard, TaxCategory::Reduced, TaxCategory::Zero, TaxCategory::Exempt,
                          TaxCategory::ReverseCharge})
        m_rateCategory->addItem(TaxCategories::displayName(c), static_cast<int>(c));
    m_rateValue = new QLineEdit(tab);
    m_rateValue->setObjectName(QStringLiteral("rateValue"));
    m_rateValue->setPlaceholderText(tr("Rate %"));
    m_rateValue->setMaximumWidth(90);
    m_rateReason = new QLineEdit(tab);
    m_rateReason->setObjectName(QStringLiteral("rateReason"));
    m_rateReason->setPlaceholderText(tr("Exemption reason (exempt only)"));
    auto *add = new QPushButton(tr("Add rate"), tab);
    add->setObjectName(QStringLiteral("addRateButton"));
    connect(add, &QPushButton::clicked, this, &SettingsPage::addTaxRate);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rateName, 1);
    row->addWidget(m_rateCategory);
    row->addWidget(m_rateValue);
    row->addWidget(m_rateReason, 1);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(TableViews::list(m_rates, "taxRatesTable", tab), 1);
    layout->addLayout(row);
    return tab;
}

QWidget *SettingsPage::usersTab()
{
    auto *tab = new QWidget(this);
    m_userName = new QLineEdit(tab);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setPlaceholderText(tr("Login name"));
    m_userFullName = new QLineEdit(tab);
    m_userFullName->setObjectName(QStringLiteral("userFullName"));
    m_userFullName->setPlaceholderText(tr("Full name"));
    m_userRole = new QComboBox(tab);
    m_userRole->setObjectName(QStringLiteral("userRole"));
    m_userRole->addItem(tr("Clerk"), static_cast<int>(UserRole::Clerk));
    m_userRole->addItem(tr("Manager"), static_cast<int>(UserRole::Manager));
    auto *add = new QPushButton(tr("Add user"), tab);
    add->setObjectName(QStringLiteral("addUserButton"));
    connect(add, &QPushButton::clicked, this, &SettingsPage::addUser);
    QTableView *table = TableViews::list(m_users, "usersTable", tab);
    // The password of the user selected (else one's own): UserPasswordDialog.
    auto *password = new QPushButton(tr("Password…"), tab);
    password->setObjectName(QStringLiteral("userPasswordButton"));
    connect(password, &QPushButton::clicked, this, [this, table] {
        const User *selected = m_users->rowAt(table->currentIndex().row());
        auto *dialog = new UserPasswordDialog(m_session, selected ? *selected : m_session.ledger().user(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_userName);
    row->addWidget(m_userFullName, 1);
    row->addWidget(m_userRole);
    row->addWidget(add);
    row->addWidget(password);
    auto *note = new QLabel(tr("Managers approve invoices above the approval threshold and change settings."), tab);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(table, 1);
    layout->addWidget(note);
    layout->addLayout(row);
    return tab;
}

QWidget *SettingsPage::programTab()
{
    auto *tab = new QWidget(this);
    m_uiLanguage = new QComboBox(tab);
    m_uiLanguage->setObjectName(QStringLiteral("interfaceLanguage"));
    m_uiLanguage->addItem(tr("As the system"), QString());
    m_uiLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_uiLanguage->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_uiLanguage->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_uiLanguage->setCurrentIndex(std::max(0, m_uiLanguage->findData(interfaceLanguage())));
    connect(m_uiLanguage, &QComboBox::activated, this, [this] {
        const QString language = m_uiLanguage->currentData().toString();
        if (language == interfaceLanguage())
            return;
        QSettings().setValue(QStringLiteral("ui/language"), language);
        emit interfaceLanguageChanged(language); // the window is made again in that language
    });
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Interface language"), tab));
    row->addWidget(m_uiLanguage);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addStretch(1);
    return tab;
}

void SettingsPage::addLazyTab(const QString &title, const char *name, TabFactory make)
{
    auto *holder = new QWidget(this);
    holder->setObjectName(QString::fromLatin1(name));
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_factories.insert(holder, std::move(make));
    m_tabs->addTab(holder, title);
}

QWidget *SettingsPage::makeTab(int index)
{
    QWidget *holder = m_tabs->widget(index);
    auto factory = m_factories.find(holder);
    if (factory != m_factories.end()) {
        TabFactory make = std::move(factory.value());
        m_factories.erase(factory);
        QWidget *content = make(holder);
        holder->layout()->addWidget(content);
        if (holder->objectName() != QLatin1String("lateFeesTab")) // late fees are saved rule by rule
            track(content, holder);
        content->show(); // a child added to a shown widget stays hidden until told

    }
    return holder;
}

QWidget *SettingsPage::showTab(const char *name)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == QLatin1String(name)) {
            m_tabs->setCurrentIndex(i);
            return makeTab(i);
        }
    return nullptr;
}

void SettingsPage::refresh()
{
    if (m_texts)
        m_texts->reload(); // the reminder levels may have changed
    if (m_fees)
        m_fees->reload();
    m_form->setSettings(m_session.company());
    auto rates = m_session.context().catalog.taxRates();
    m_rates->setRows(rates ? rates.value() : QList<TaxRate>());
    auto users = m_session.context().users.list();
    m_users->setRows(users ? users.value() : QList<User>());
}

void SettingsPage::saveCompany()
{
    // Each problem under its field, on the tab that has it; the first one shown and focused.
    QList<FieldProblem> problems = m_form->problems(0) + m_form->problems(1);
    QList<FieldProblem> placed;
    QStringList unplaced;
    for (const FieldProblem &problem : problems) {
        if (problem.field)
            placed.append(problem);
        else if (!unplaced.contains(problem.message))
            unplaced << problem.message;
    }
    if (!placed.isEmpty()) {
        for (int i = 0; i < 2; ++i)
            if (m_tabs->widget(i)->isAncestorOf(placed.first().field))
                m_tabs->setCurrentIndex(i);
    }
    FieldProblems::clear(m_tabs->widget(0));
    FieldProblems::clear(m_tabs->widget(1));
    for (int i = 0; i < 2; ++i) {
        QList<FieldProblem> onTab;
        for (const FieldProblem &problem : placed)
            if (m_tabs->widget(i)->isAncestorOf(problem.field))
                onTab.append(problem);
        if (!onTab.isEmpty())
            FieldProblems::show(m_tabs->widget(i), onTab);
    }
    if (!placed.isEmpty()) {
        placed.first().field->setFocus();
        m_banner->showMessage(tr("Some fields need your attention: see the lines in red."));
        return;
    }
    if (!unplaced.isEmpty()) {
        m_banner->showMessage(unplaced.join(QLatin1Char('\n')));
        return;
    }
    auto settings = m_form->settings();
    if (!settings) {
        m_banner->showMessage(settings.message());
        return;
    }
    const Status saved = m_session.ledger().settings().saveCompany(settings.value());
    if (!saved) {
        m_banner->showMessage(saved.message());
        return;
    }
    m_banner->showMessage(tr("Settings saved."), MessageBanner::Kind::Info);
    markSaved(m_tabs->widget(0));
    markSaved(m_tabs->widget(1));
    m_session.changed(tr("Company settings saved."));
}

void SettingsPage::addTaxRate()
{
    TaxRate rate;
    rate.name = m_rateName->text().trimmed();
    rate.category = static_cast<TaxCategory>(m_rateCategory->currentData().toInt());
    QString value = m_rateValue->text();
    value.remove(QLatin1Char('%'));
    auto parsed = UiFormat::parse<Percentage>(value.trimmed().isEmpty() ? QStringLiteral("0") : value, false);
    if (!parsed) {
        m_banner->showMessage(parsed.error().prefixed(tr("Rate")).message());
        return;
    }
    rate.rate = parsed.value();
    rate.exemptionReason = m_rateReason->text().trimmed();
    auto id = m_session.ledger().settings().addTaxRate(rate);
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    m_rateName->clear();
    m_rateValue->clear();
    m_rateReason->clear();
    m_banner->clearMessage();
    m_session.changed(tr("Tax rate %1 added.").arg(rate.name));
}

void SettingsPage::addUser()
{
    User user;
    user.name = m_userName->text().trimmed();
    user.fullName = m_userFullName->text().trimmed();
    user.role = static_cast<UserRole>(m_userRole->currentData().toInt());
    auto id = m_session.ledger().settings().addUser(user);
    if (!id) {
        m_banner->showMessage(id.message());
        return;
    }
    m_userName->clear();
    m_userFullName->clear();
    m_banner->clearMessage();
    m_session.changed(tr("User %1 added.").arg(user.name));
}

void SettingsPage::track(QWidget *content, QWidget *tab)
{
    // Only what the user does counts: loading a form sets its fields without marking it.
    auto changed = [this, tab] {
        if (!m_unsaved.contains(tab))
            m_unsaved.append(tab);
    };
    for (QLineEdit *edit : content->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *edit : content->findChildren<QPlainTextEdit *>())
        // setPlainText() clears the undo history: only typing leaves something to undo.
        connect(edit, &QPlainTextEdit::textChanged, this, [edit, changed] {
            if (edit->document()->isUndoAvailable())
                changed();
        });
    for (QComboBox *combo : content->findChildren<QComboBox *>())
        if (!combo->isEditable())
            connect(combo, &QComboBox::activated, this, changed);
    for (QAbstractButton *box : content->findChildren<QAbstractButton *>())
        if (box->isCheckable())
            connect(box, &QAbstractButton::clicked, this, changed);
}

void SettingsPage::markSaved(QWidget *tab)
{
    m_unsaved.removeAll(tab);
}

void SettingsPage::refreshForOthers()
{
    if (m_unsaved.isEmpty())
        refresh();
}

QStringList SettingsPage::unsavedTabs() const
{
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_unsaved.contains(m_tabs->widget(i)))
            titles << m_tabs->tabText(i);
    return titles;
}

void SettingsPage::showUnsaved()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_unsaved.contains(m_tabs->widget(i))) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
}
