#include "BankCsvProfile.h"

namespace {
QString single(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject BankCsvProfile::toJson() const
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("separator"), QString(separator)},
        {QStringLiteral("decimal_mark"), QString(decimalMark)}, {QStringLiteral("date_format"), dateFormat},
        {QStringLiteral("date"), dateColumn}, {QStringLiteral("value_date"), valueDateColumn},
        {QStringLiteral("amount"), amountColumn}, {QStringLiteral("credit"), creditColumn},
        {QStringLiteral("debit"), debitColumn}, {QStringLiteral("currency"), currencyColumn},
        {QStringLiteral("name_column"), nameColumn}, {QStringLiteral("iban"), ibanColumn},
        {QStringLiteral("remittance"), remittanceColumn}, {QStringLiteral("reference"), referenceColumn}};
}

Result<BankCsvProfile> BankCsvProfile::fromJson(const QJsonObject &o)
{
    BankCsvProfile p;
    p.name = single(o, "name");
    const QString sep = single(o, "separator");
    const QString mark = single(o, "decimal_mark");
    p.separator = sep == QLatin1String("tab") ? QLatin1Char('\t') : sep.isEmpty() ? QChar() : sep.at(0);
    p.decimalMark = mark.isEmpty() ? QChar() : mark.at(0);
    p.dateFormat = single(o, "date_format");
    p.dateColumn = single(o, "date");
    p.valueDateColumn = single(o, "value_date");
    p.amountColumn = single(o, "amount");
    p.creditColumn = single(o, "credit");
    p.debitColumn = single(o, "debit");
    p.currencyColumn = single(o, "currency");
    p.nameColumn = single(o, "name_column");
    p.ibanColumn = single(o, "iban");
    p.remittanceColumn = single(o, "remittance");
    p.referenceColumn = single(o, "reference");
    FACTURO_TRY(p.validate());
    return p;
}

Status BankCsvProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("A CSV profile needs a name."));
    if (separator != QLatin1Char(';') && separator != QLatin1Char(',') && separator != QLatin1Char('\t'))
        return Error::invalid(tr("The separator of CSV profile '%1' must be ';', ',' or tab.").arg(name));
    if (decimalMark != QLatin1Char(',') && decimalMark != QLatin1Char('.'))
        return Error::invalid(tr("The decimal mark of CSV profile '%1' must be ',' or '.'.").arg(name));
    if (decimalMark == separator)
        return Error::invalid(
            tr("CSV profile '%1' uses '%2' both as separator and decimal mark.").arg(name, QString(separator)));
    if (dateFormat.isEmpty() || !dateFormat.contains(QLatin1String("yy")) || !dateFormat.contains(QLatin1Char('M'))
        || !dateFormat.contains(QLatin1Char('d')))
        return Error::invalid(tr("The date format of CSV profile '%1' needs a day, a month and a year (e.g. "
                                 "dd.MM.yyyy).")
                                  .arg(name));
    if (dateColumn.isEmpty())
        return Error::invalid(tr("CSV profile '%1' names no booking date column.").arg(name));
    if (amountColumn.isEmpty() && (creditColumn.isEmpty() || debitColumn.isEmpty()))
        return Error::invalid(tr("CSV profile '%1' needs an amount column, or a credit and a debit column.").arg(name));
    return {};
}
