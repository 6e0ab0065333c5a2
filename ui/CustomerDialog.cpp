#include "CustomerDialog.h"

#include "CompanySession.h"
#include "MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum ContactColumn { Name, Email, Phone, Role, Primary };
}

CustomerDialog::CustomerDialog(CompanySession &session, const Customer &customer, QWidget *parent)
    : QDialog(parent), m_session(session), m_customer(customer), m_banner(new MessageBanner(this)),
      m_name(new QLineEdit(customer.name, this)), m_address(new QPlainTextEdit(customer.billingAddress, this)),
      m_vat(new QLineEdit(customer.vatId, this)), m_ownTerms(new QCheckBox(tr("Own payment terms"), this)),
      m_terms(new QSpinBox(this)), m_language(new QComboBox(this)),
      m_noReminders(new QCheckBox(tr("Never send reminders"), this)), m_notes(new QPlainTextEdit(customer.notes, this)),
      m_contacts(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(customer.id > 0 ? tr("Customer — %1").arg(customer.name) : tr("New customer"));
    m_banner->setObjectName(QStringLiteral("customerMessage"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_address->setObjectName(QStringLiteral("customerAddress"));
    m_address->setMaximumHeight(80);
    m_address->setTabChangesFocus(true);
    m_vat->setObjectName(QStringLiteral("customerVat"));
    m_ownTerms->setObjectName(QStringLiteral("customerOwnTerms"));
    m_terms->setObjectName(QStringLiteral("customerTerms"));
    m_terms->setRange(0, 365);
    m_terms->setSuffix(tr(" days"));
    m_ownTerms->setChecked(customer.paymentTermsDays.has_value());
    m_terms->setValue(customer.paymentTermsDays.value_or(session.company().paymentTermsDays));
    m_terms->setEnabled(m_ownTerms->isChecked());
    connect(m_ownTerms, &QCheckBox::toggled, m_terms, &QSpinBox::setEnabled);
    m_language->setObjectName(QStringLiteral("customerLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("German"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(customer.language)));
    m_noReminders->setObjectName(QStringLiteral("customerNoReminders"));
    m_noReminders->setChecked(customer.noReminders);
    m_notes->setObjectName(QStringLiteral("customerNotes"));
    m_notes->setMaximumHeight(60);
    m_notes->setTabChangesFocus(true);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Phone"), tr("Role"), tr("Primary")});
    m_contacts->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    m_contacts->verticalHeader()->setVisible(false);
    for (const Contact &contact : customer.contacts)
        addContactRow(contact);
    auto *addContact = new QPushButton(tr("Add contact"), this);
    addContact->setObjectName(QStringLiteral("addContactButton"));
    auto *removeContact = new QPushButton(tr("Remove contact"), this);
    removeContact->setObjectName(QStringLiteral("removeContactButton"));
    connect(addContact, &QPushButton::clicked, this, [this] {
        addContactRow(Contact{0, {}, {}, {}, {}, m_contacts->rowCount() == 0});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, Name);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, Name));
    });
    connect(removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Billing address"), m_address);
    form->addRow(tr("VAT id"), m_vat);
    auto *terms = new QHBoxLayout;
    terms->addWidget(m_ownTerms);
    terms->addWidget(m_terms);
    terms->addStretch(1);
    form->addRow(tr("Terms"), terms);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), m_noReminders);
    form->addRow(tr("Notes"), m_notes);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("customerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(contactButtons);
    layout->addWidget(buttons);
    resize(640, 620);
}

void CustomerDialog::addContactRow(const Contact &contact)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto *name = new QTableWidgetItem(contact.name);
    name->setData(Qt::UserRole, contact.id);
    m_contacts->setItem(row, Name, name);
    m_contacts->setItem(row, Email, new QTableWidgetItem(contact.email));
    m_contacts->setItem(row, Phone, new QTableWidgetItem(contact.phone));
    m_contacts->setItem(row, Role, new QTableWidgetItem(contact.role));
    auto *primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    primary->setCheckState(contact.isPrimary ? Qt::Checked : Qt::Unchecked);
    m_contacts->setItem(row, Primary, primary);
}

Customer CustomerDialog::edited() const
{
    Customer c = m_customer;
    c.name = m_name->text();
    c.billingAddress = m_address->toPlainText();
    c.vatId = m_vat->text();
    c.paymentTermsDays = m_ownTerms->isChecked() ? std::optional<int>(m_terms->value()) : std::nullopt;
    c.language = m_language->currentData().toString();
    c.noReminders = m_noReminders->isChecked();
    c.notes = m_notes->toPlainText();
    c.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_contacts->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Contact k;
        k.id = m_contacts->item(row, Name) ? m_contacts->item(row, Name)->data(Qt::UserRole).toLongLong() : 0;
        k.name = text(Name);
        k.email = text(Email);
        k.phone = text(Phone);
        k.role = text(Role);
        k.isPrimary = m_contacts->item(row, Primary) && m_contacts->item(row, Primary)->checkState() == Qt::Checked;
        if (!k.name.isEmpty() || !k.email.isEmpty() || !k.phone.isEmpty())
            c.contacts.append(k);
    }
    return c;
}

void CustomerDialog::accept()
{
    const Customer customer = edited();
    qint64 id = customer.id;
    if (customer.id > 0) {
        const Status done = m_session.ledger().customers().update(customer);
        if (!done) {
            m_banner->showMessage(done.message());
            return;
        }
    } else {
        auto added = m_session.ledger().customers().add(customer);
        if (!added) {
            m_banner->showMessage(added.message());
            return;
        }
        id = added.value();
    }
    m_session.changed(tr("Customer %1 saved.").arg(customer.name.trimmed()));
    emit saved(id);
    QDialog::accept();
}
