#pragma once

#include <QComboBox>

// The ISO 3166-1 countries by their names in the interface language (ICU's names), sorted as
// that language sorts them, each followed by its code: "Allemagne (DE)". Typing searches the
// names and codes. The first entry is empty: no country chosen.
class CountryComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryComboBox(QWidget *parent = nullptr);

    // The chosen country's code; what was typed when it names no country (upper case), so that
    // the core's check tells it is not a country; empty when nothing is chosen.
    QString countryCode() const;
    void setCountryCode(const QString &code);

    // A country's name in a language ("fr", "de_DE"); the English name when ICU has none.
    static QString countryName(const QString &code, const QString &language);
    // Every officially assigned ISO 3166-1 alpha-2 code, in code order.
    static QStringList allCodes();

private:
    QString codeOfText(const QString &text) const;
};
