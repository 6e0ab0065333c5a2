#include "PostalAddressFields.h"

#include "CountryCodes.h"
#include "CountryComboBox.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

namespace {
QLineEdit *line(const QString &name, QWidget *parent, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

PostalAddressFields::PostalAddressFields(const char *prefix, QWidget *parent)
    : QObject(parent)
    , m_locality(new QWidget(parent))
{
    const QString p = QString::fromLatin1(prefix);
    m_locality->setObjectName(p + QStringLiteral("Locality"));
    m_street = line(p + QStringLiteral("Street"), parent, tr("Street and number"));
    m_street2 = line(p + QStringLiteral("Street2"), parent, tr("Building, floor, P.O. box (optional)"));
    m_postcode = line(p + QStringLiteral("Postcode"), m_locality, tr("Postcode"));
    m_city = line(p + QStringLiteral("City"), m_locality, tr("City"));
    m_subdivision = line(p + QStringLiteral("Subdivision"), parent, tr("Region or state, when the post needs it"));
    m_country = new CountryComboBox(parent);
    m_country->setObjectName(p + QStringLiteral("Country"));
    m_postcode->setMaximumWidth(110);
    m_locality->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *locality = new QHBoxLayout(m_locality);
    locality->setContentsMargins(0, 0, 0, 0);
    locality->addWidget(m_postcode);
    locality->addWidget(m_city, 1);
}

void PostalAddressFields::addRows(QFormLayout *form)
{
    form->addRow(tr("Street"), m_street);
    form->addRow(tr("Street 2"), m_street2);
    form->addRow(tr("Postcode, city"), m_locality);
    form->addRow(tr("Region"), m_subdivision);
    form->addRow(tr("Country"), m_country);
}

QWidget *PostalAddressFields::firstField() const
{
    return m_street;
}

void PostalAddressFields::setAddress(const PostalAddress &a)
{
    m_street->setText(a.line1);
    m_street2->setText(a.line3.isEmpty() ? a.line2 : a.line2 + QStringLiteral(", ") + a.line3);
    m_postcode->setText(a.postcode);
    m_city->setText(a.city);
    m_subdivision->setText(a.subdivision);
    m_country->setCountryCode(a.countryCode);
}

bool PostalAddressFields::isEmpty() const
{
    for (const QLineEdit *edit : {m_street, m_street2, m_postcode, m_city, m_subdivision})
        if (!edit->text().trimmed().isEmpty())
            return false;
    return true;
}

QList<FieldProblem> PostalAddressFields::problems(const PostalAddress &a, const QString &text, const Check &check) const
{
    // Each field alone in an address that passes every rule, so that a problem is told at the
    // field that has it.
    PostalAddress baseline;
    baseline.line1 = QStringLiteral("1 rue de la Paix");
    baseline.postcode = QStringLiteral("75002");
    baseline.city = QStringLiteral("Paris");
    baseline.countryCode = QStringLiteral("FR");
    const bool knownCountry = CountryCodes::isKnown(a.countryCode);
    struct Rule
    {
        QWidget *field;
        std::function<void(PostalAddress &, QString &)> take;
    };
    const Rule rules[] = {
        {m_street,
            [&](PostalAddress &to, QString &) {
                to.line1 = a.line1;
                to.line2 = a.line2;
                to.line3 = a.line3;
            }},
        {m_postcode,
            [&](PostalAddress &to, QString &) {
                to.postcode = a.postcode;
                if (knownCountry)
                    to.countryCode = a.countryCode;
            }},
        {m_city, [&](PostalAddress &to, QString &) { to.city = a.city; }},
        {m_subdivision, [&](PostalAddress &to, QString &) { to.subdivision = a.subdivision; }},
        {m_country,
            [&](PostalAddress &to, QString &toText) {
                if (a.toReview || isEmpty()) {
                    to = a;
                    toText = text;
                } else {
                    to.countryCode = a.countryCode;
                    to.postcode.clear();
                }
            }},
    };
    QList<FieldProblem> found;
    for (const Rule &rule : rules) {
        PostalAddress alone = baseline;
        QString aloneText;
        rule.take(alone, aloneText);
        const QString message = check(alone, aloneText);
        if (!message.isEmpty())
            found.append({rule.field, message});
    }
    return found;
}

PostalAddress PostalAddressFields::address(
    const PostalAddress &original, const QString &printLanguage, const QString &homeCountry) const
{
    const QString code = m_country->countryCode();
    if (!original.isStructured() && original.toReview && isEmpty() && code.isEmpty())
        return original;
    PostalAddress a = original.isStructured() ? original : PostalAddress();
    a.toReview = false;
    const QString street2 = m_street2->text().trimmed();
    if (a.line3.isEmpty() || street2 != a.line2 + QStringLiteral(", ") + a.line3) {
        a.line2 = street2;
        a.line3.clear();
    }
    a.line1 = m_street->text().trimmed();
    if (m_postcode->text().trimmed() != a.postcode) {
        a.postcode = m_postcode->text().trimmed();
        a.postcodePrefix.clear();
    }
    a.city = m_city->text().trimmed();
    a.subdivision = m_subdivision->text().trimmed();
    if (code != a.countryCode || !original.isStructured()) {
        a.countryCode = code;
        a.postcodePrefix.clear();
        a.countryLine
            = code.isEmpty() || code == homeCountry ? QString() : CountryComboBox::countryName(code, printLanguage);
    }
    if (isEmpty())
        a.countryLine.clear(); // a country alone is known, not printed
    return a;
}
