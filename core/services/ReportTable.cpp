#include "ReportTable.h"

#include "DecimalText.h"
#include "Money.h"
#include "TaxCategory.h"

#include <QJsonArray>
#include <QLocale>

int ReportTable::column(const QString &key) const
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return static_cast<int>(i);
    return -1;
}

QVariant ReportTable::cell(int row, const QString &key) const
{
    const int c = column(key);
    if (c < 0 || row < 0 || row >= rows.size())
        return {};
    return rows.at(row).value(c);
}

qint64 ReportTable::total(const QString &key) const
{
    const int c = column(key);
    return c < 0 ? 0 : totals.value(c).toLongLong();
}

QVariant ReportTable::figure(const QString &key) const
{
    for (const ReportFigure &f : figures)
        if (f.key == key)
            return f.value;
    return {};
}

int ReportTable::findRow(const QString &key, const QString &text) const
{
    const int c = column(key);
    if (c < 0)
        return -1;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (plainText(rows.at(i).value(c), columns.at(c).kind) == text)
            return static_cast<int>(i);
    return -1;
}

QString ReportTable::plainText(const QVariant &value, ReportColumn::Kind kind) const
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ReportColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Money:
        return Money::plain(value.toLongLong(), currency);
    case ReportColumn::Kind::Percent:
        return DecimalText::format(value.toLongLong(), 2, 2);
    case ReportColumn::Kind::Days:
        return DecimalText::format(value.toLongLong(), 1, 1);
    }
    return {};
}

QString ReportTable::displayText(const QVariant &value, ReportColumn::Kind kind, const QLocale &locale) const
{
    if (value.isNull() || !value.isValid())
        return {};
    const QString plain = plainText(value, kind);
    switch (kind) {
    case ReportColumn::Kind::Text:
        return plain;
    case ReportColumn::Kind::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case ReportColumn::Kind::Count:
        return locale.toString(value.toLongLong());
    case ReportColumn::Kind::Money:
        return Money::display(value.toLongLong(), currency, locale);
    case ReportColumn::Kind::Percent:
        return tr("%1 %").arg(QString(plain).replace(QLatin1Char('.'), locale.decimalPoint()));
    case ReportColumn::Kind::Days:
        return tr("%1 d").arg(QString(plain).replace(QLatin1Char('.'), locale.decimalPoint()));
    }
    return plain;
}

QString ReportTable::cellText(const ReportColumn &column, const QVariant &value, const QLocale &locale) const
{
    if (column.key == QLatin1String("category") && value.typeId() == QMetaType::QString) {
        auto category = TaxCategories::fromKey(value.toString());
        if (category)
            return TaxCategories::displayName(category.value());
    }
    return displayText(value, column.kind, locale);
}

QJsonObject ReportTable::toJson() const
{
    QJsonObject o {
        {QStringLiteral("report"), name}, {QStringLiteral("title"), title}, {QStringLiteral("currency"), currency}};
    if (asOf.isValid())
        o.insert(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    QJsonObject figureObject;
    for (const ReportFigure &f : figures) {
        const QString text = plainText(f.value, f.kind);
        figureObject.insert(f.key, text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    if (!figures.isEmpty())
        o.insert(QStringLiteral("figures"), figureObject);
    QJsonArray columnArray;
    for (const ReportColumn &c : columns)
        columnArray.append(QJsonObject {{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}});
    o.insert(QStringLiteral("columns"), columnArray);
    auto rowObject = [this](const QVariantList &row) {
        QJsonObject r;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const ReportColumn &c = columns.at(i);
            const QVariant v = row.value(i);
            if (c.kind == ReportColumn::Kind::Count && !v.isNull())
                r.insert(c.key, v.toLongLong());
            else if (v.isNull() || !v.isValid())
                r.insert(c.key, QJsonValue());
            else
                r.insert(c.key, plainText(v, c.kind));
        }
        return r;
    };
    QJsonArray rowArray;
    for (const QVariantList &row : rows)
        rowArray.append(rowObject(row));
    o.insert(QStringLiteral("rows"), rowArray);
    if (!totals.isEmpty())
        o.insert(QStringLiteral("totals"), rowObject(totals));
    o.insert(QStringLiteral("truncated"), truncated);
    return o;
}
