#include "CountryComboBox.h"

#include "CountryCodes.h"

#include <QCollator>
#include <QCompleter>
#include <QHash>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace {
QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}
} // namespace

QStringList CountryComboBox::allCodes()
{
    static const QStringList codes = [] {
        QStringList list;
        for (char a = 'A'; a <= 'Z'; ++a)
            for (char b = 'A'; b <= 'Z'; ++b) {
                const QString code = QString(QLatin1Char(a)) + QLatin1Char(b);
                if (CountryCodes::isKnown(code))
                    list << code;
            }
        return list;
    }();
    return codes;
}

QString CountryComboBox::countryName(const QString &code, const QString &language)
{
    const icu::Locale display(language.toLatin1().constData());
    const icu::Locale country("", code.toLatin1().constData());
    icu::UnicodeString name;
    country.getDisplayCountry(display, name);
    const QString text = fromIcu(name);
    // ICU answers with the code itself when it has no name.
    return text.isEmpty() || text == code ? CountryCodes::englishName(code) : text;
}

CountryComboBox::CountryComboBox(QWidget *parent)
    : QComboBox(parent)
{
    // The names in the interface's language, sorted by its collation: the same for every field of
    // that language, so made once (a dialog with an address has one or two of these fields).
    struct Entry
    {
        QString text;
        QString code;
    };
    static QHash<QString, QList<Entry>> byLanguage;
    const QString language = QLocale().name();
    auto cached = byLanguage.constFind(language);
    if (cached == byLanguage.constEnd()) {
        struct Named
        {
            QString name;
            QString code;
        };
        QList<Named> named;
        for (const QString &code : allCodes())
            named.append({countryName(code, language), code});
        QCollator collator(QLocale {});
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(named.begin(), named.end(),
            [&collator](const Named &a, const Named &b) { return collator.compare(a.name, b.name) < 0; });
        QList<Entry> entries;
        for (const Named &n : named)
            entries.append({QStringLiteral("%1 (%2)").arg(n.name, n.code), n.code});
        cached = byLanguage.insert(language, entries);
    }
    addItem(QString(), QString());
    for (const Entry &e : *cached)
        addItem(e.text, e.code);
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->setPlaceholderText(tr("Type to search"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    // What was typed becomes the country it names when the field is left.
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString code = codeOfText(currentText());
        const int index = code.isEmpty() ? 0 : findData(code);
        if (index >= 0 && index != currentIndex())
            setCurrentIndex(index);
        if (index >= 0 && currentText() != itemText(index))
            setEditText(itemText(index));
    });
}

QString CountryComboBox::codeOfText(const QString &typed) const
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const int exact = findText(text, Qt::MatchFixedString); // case-insensitive
    if (exact >= 0)
        return itemData(exact).toString();
    if (text.size() == 2 && CountryCodes::isKnown(text.toUpper()))
        return text.toUpper();
    for (int i = 1; i < count(); ++i) { // the name without its code
        const QString item = itemText(i);
        if (item.left(item.size() - 5).compare(text, Qt::CaseInsensitive) == 0)
            return itemData(i).toString();
    }
    const QString named = CountryCodes::fromName(text);
    if (!named.isEmpty())
        return named;
    // Only one country contains what was typed.
    int found = -1;
    for (int i = 1; i < count(); ++i) {
        if (itemText(i).contains(text, Qt::CaseInsensitive)) {
            if (found >= 0)
                return text.toUpper();
            found = i;
        }
    }
    return found >= 0 ? itemData(found).toString() : text.toUpper();
}

QString CountryComboBox::countryCode() const
{
    if (currentIndex() >= 0 && currentText() == itemText(currentIndex()))
        return itemData(currentIndex()).toString();
    return codeOfText(currentText());
}

void CountryComboBox::setCountryCode(const QString &code)
{
    const int index = code.isEmpty() ? 0 : findData(code.toUpper());
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else { // a code the list does not know: shown as it is, refused on save
        setCurrentIndex(0);
        setEditText(code);
    }
}
