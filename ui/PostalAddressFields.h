#pragma once

#include "FieldProblems.h"
#include "PostalAddress.h"

#include <QObject>

#include <functional>

class CountryComboBox;
class QFormLayout;
class QLineEdit;
class QWidget;

// The fields of a structured postal address, as rows of a form: street, street 2, postcode and
// city on one row, subdivision, country. Widgets named <prefix>Street, <prefix>Street2,
// <prefix>Postcode, <prefix>City, <prefix>Subdivision, <prefix>Country.
class PostalAddressFields : public QObject
{
    Q_OBJECT
public:
    PostalAddressFields(const char *prefix, QWidget *parent);

    void addRows(QFormLayout *form);
    void setAddress(const PostalAddress &address);
    // The address as edited, starting from `original` (what it was before): a new country prints
    // its name in `printLanguage` on the last line, unless it is `homeCountry`. A to-review
    // original whose fields were left empty is returned as it was (its text stays to review).
    PostalAddress address(
        const PostalAddress &original, const QString &printLanguage, const QString &homeCountry = {}) const;
    // The problems of an edited address (from address()), each at its field: `check` tells what
    // the owner's rules say of an address and its printed text (empty: nothing).
    using Check = std::function<QString(const PostalAddress &address, const QString &text)>;
    QList<FieldProblem> problems(const PostalAddress &edited, const QString &text, const Check &check) const;
    // True when no field but the country is filled.
    bool isEmpty() const;

    QLineEdit *street() const { return m_street; }
    QLineEdit *street2() const { return m_street2; }
    QLineEdit *postcode() const { return m_postcode; }
    QLineEdit *city() const { return m_city; }
    QLineEdit *subdivision() const { return m_subdivision; }
    CountryComboBox *country() const { return m_country; }
    QWidget *firstField() const;

private:
    QWidget *m_locality;
    QLineEdit *m_street;
    QLineEdit *m_street2;
    QLineEdit *m_postcode;
    QLineEdit *m_city;
    QLineEdit *m_subdivision;
    CountryComboBox *m_country;
};
