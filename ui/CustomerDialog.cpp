#include "CustomerDialog.h"

#include "contracts/CustomerContractsWidget.h"
#include "CustomerMoneyWidget.h"

#include "CompanySession.h"
#include "CountryCodes.h"
#include "CountryComboBox.h"
#include "CustomerService.h"
#include "MessageBanner.h"
#include "PostalAddressFields.h"
#include "SchemeIdField.h"

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

#include <functional>

namespace {
enum ContactColumn { Name, Email, Phone, Role, Primary };
}

CustomerDialog::CustomerDialog(CompanySession &session, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(customer)
    , m_banner(new MessageBanner(this))
    , m_review(new MessageBanner(this))
    , m_name(new QLineEdit(customer.name, this))
    , m_address(new PostalAddressFields("customer", this))
    , m_vat(new QLineEdit(customer.vatId, this))
    , m_registration(new SchemeIdField("customerRegistration", EInvoiceNames::registrationSchemes(), this))
    , m_endpoint(new SchemeIdField("customerEndpoint", EInvoiceNames::endpointSchemes(), this))
    , m_buyerReference(new QLineEdit(customer.buyerReference, this))
    , m_format(new QComboBox(this))
    , m_ownTerms(new QCheckBox(tr("Own payment terms"), this))
    , m_terms(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_noReminders(new QCheckBox(tr("Never send reminders"), this))
    , m_notes(new QPlainTextEdit(customer.notes, this))
    , m_contacts(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(customer.id > 0 ? tr("Customer — %1").arg(customer.name) : tr("New customer"));
    m_banner->setObjectName(QStringLiteral("customerMessage"));
    m_review->setObjectName(QStringLiteral("customerReviewBanner"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_vat->setObjectName(QStringLiteral("customerVat"));
    m_vat->setPlaceholderText(tr("e.g. FR32123456789"));
    m_buyerReference->setObjectName(QStringLiteral("customerBuyerReference"));
    m_buyerReference->setPlaceholderText(tr("Leitweg-ID of a German public buyer, or their reference"));
    m_buyerReference->setToolTip(tr("Printed on the invoice and written in the e-invoice as the buyer reference "
                                    "(BT-10). German public buyers require their Leitweg-ID here."));
    m_format->setObjectName(QStringLiteral("customerEInvoiceFormat"));
    for (EInvoiceFormat format : EInvoiceNames::formats())
        m_format->addItem(EInvoiceNames::formatName(format), EInvoiceFormats::key(format));
    m_format->setCurrentIndex(std::max(0, m_format->findData(EInvoiceFormats::key(customer.einvoiceFormat))));
    m_format->setToolTip(tr("The e-invoice this customer receives with each invoice and credit note."));
    m_registration->setValue(customer.registration.scheme, customer.registration.id);
    m_endpoint->setValue(customer.endpoint.scheme, customer.endpoint.id);
    m_endpoint->setToolTip(tr("The customer's Peppol participant id: where e-invoices are delivered."));
    m_address->setAddress(customer.postalAddress);
    if (customer.id == 0 && !customer.postalAddress.isStructured() && !customer.postalAddress.toReview)
        m_address->country()->setCountryCode(homeCountry());
    if (customer.postalAddress.toReview) {
        m_review->showMessage(
            tr("Please check this address: it could not be split into street, postcode, city and country when "
               "it was brought over, and it is printed as it was typed:\n%1\nFill in the fields below, with the "
               "country, and save.")
                .arg(customer.billingAddress),
            MessageBanner::Kind::Warning);
    }
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
        addContactRow(Contact {0, {}, {}, {}, {}, m_contacts->rowCount() == 0});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, Name);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, Name));
    });
    connect(removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });

    // Who and where on the left; identifiers and e-invoicing on the right.
    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("customerIdentityColumn"));
    auto *leftForm = new QFormLayout(left);
    leftForm->setContentsMargins(0, 0, 0, 0);
    leftForm->addRow(tr("Name"), m_name);
    m_address->addRows(leftForm);
    leftForm->addRow(tr("Language"), m_language);
    auto *terms = new QWidget(left);
    auto *termsLayout = new QHBoxLayout(terms);
    termsLayout->setContentsMargins(0, 0, 0, 0);
    termsLayout->addWidget(m_ownTerms);
    termsLayout->addWidget(m_terms);
    termsLayout->addStretch(1);
    leftForm->addRow(tr("Terms"), terms);
    leftForm->addRow(QString(), m_noReminders);
    auto *right = new QWidget(this);
    right->setObjectName(QStringLiteral("customerEInvoiceColumn"));
    auto *rightForm = new QFormLayout(right);
    rightForm->setContentsMargins(0, 0, 0, 0);
    rightForm->addRow(tr("VAT id"), m_vat);
    rightForm->addRow(tr("Registration"), m_registration);
    rightForm->addRow(tr("Electronic address"), m_endpoint);
    rightForm->addRow(tr("Buyer reference"), m_buyerReference);
    rightForm->addRow(tr("E-invoice"), m_format);
    rightForm->addRow(tr("Notes"), m_notes);
    auto *columns = new QHBoxLayout;
    columns->addWidget(left, 1);
    columns->addSpacing(16);
    columns->addWidget(right, 1);
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("customerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_review);
    layout->addWidget(m_banner);
    layout->addLayout(columns);
    layout->addWidget(m_contacts, 1);
    layout->addLayout(contactButtons);
    if (customer.id > 0) // the customer's maintenance contracts
        layout->addWidget(new CustomerContractsWidget(session, customer.id, this));
    if (customer.id > 0) // credit and mandates belong to a customer that exists
        layout->addWidget(new CustomerMoneyWidget(session, customer.id, this));
    layout->addWidget(buttons);
    // The keyboard goes down the left column, then down the right one, then to the contacts.
    QWidget *order[] = {m_name, m_address->street(), m_address->street2(), m_address->postcode(), m_address->city(),
        m_address->subdivision(), m_address->country(), m_language, m_ownTerms, m_terms, m_noReminders, m_vat,
        m_registration->schemeBox(), m_registration->idEdit(), m_endpoint->schemeBox(), m_endpoint->idEdit(),
        m_buyerReference, m_format, m_notes, m_contacts, addContact, removeContact};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    if (customer.postalAddress.toReview)
        m_address->firstField()->setFocus();
    resize(940, 640);
}

QString CustomerDialog::homeCountry() const
{
    const CompanySettings &company = m_session.company();
    return company.postalAddress.countryCode.isEmpty() ? CountryCodes::fromVatId(company.vatId)
                                                       : company.postalAddress.countryCode;
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
    c.language = m_language->currentData().toString();
    c.postalAddress = m_address->address(m_customer.postalAddress, c.language, homeCountry());
    c.billingAddress = c.postalAddress.toReview ? m_customer.billingAddress : c.postalAddress.text();
    c.vatId = m_vat->text();
    c.registration = {m_registration->scheme(), m_registration->id()};
    c.endpoint = {m_endpoint->scheme(), m_endpoint->id()};
    c.buyerReference = m_buyerReference->text();
    c.einvoiceFormat = EInvoiceFormats::fromKey(m_format->currentData().toString()).value_or(EInvoiceFormat::None);
    c.paymentTermsDays = m_ownTerms->isChecked() ? std::optional<int>(m_terms->value()) : std::nullopt;
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

QList<FieldProblem> CustomerDialog::problems(const Customer &e) const
{
    // Each field is checked alone in a customer that passes every rule, so that a problem is
    // told at the field that has it.
    Customer baseline;
    baseline.name = QStringLiteral("Customer");
    baseline.language = e.language;
    auto check = [&baseline](const std::function<void(Customer &)> &take) {
        Customer alone = baseline;
        take(alone);
        auto valid = CustomerService::validated(alone);
        return valid ? QString() : valid.message();
    };
    struct Rule
    {
        QWidget *field;
        std::function<void(Customer &)> take;
    };
    QList<FieldProblem> problems;
    const auto add = [&](const Rule &rule) {
        const QString message = check(rule.take);
        if (!message.isEmpty())
            problems.append({rule.field, message});
    };
    add({m_name, [&](Customer &to) { to.name = e.name; }});
    problems += m_address->problems(
        e.postalAddress, e.billingAddress, [&check](const PostalAddress &address, const QString &text) {
            return check([&](Customer &to) {
                to.postalAddress = address;
                to.billingAddress = text;
            });
        });
    add({m_vat, [&](Customer &to) { to.vatId = e.vatId; }});
    if (e.registration.scheme.isEmpty() && !e.registration.id.isEmpty())
        problems.append({m_registration->schemeBox(), tr("Choose the scheme of this registration number.")});
    else
        add({m_registration->idEdit(), [&](Customer &to) { to.registration = e.registration; }});
    if (e.endpoint.scheme.isEmpty() && !e.endpoint.id.isEmpty())
        problems.append({m_endpoint->schemeBox(), tr("Choose the scheme of this electronic address.")});
    else
        add({m_endpoint->idEdit(), [&](Customer &to) { to.endpoint = e.endpoint; }});
    add({m_buyerReference, [&](Customer &to) { to.buyerReference = e.buyerReference; }});
    add({m_notes, [&](Customer &to) { to.notes = e.notes; }});
    add({m_contacts, [&](Customer &to) { to.contacts = e.contacts; }});
    return problems;
}

void CustomerDialog::accept()
{
    const Customer customer = edited();
    m_banner->clearMessage();
    const QList<FieldProblem> found = problems(customer);
    FieldProblems::show(this, found);
    if (!found.isEmpty())
        return;
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
