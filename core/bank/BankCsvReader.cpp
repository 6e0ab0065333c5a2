#include "BankCsvReader.h"

#include "CsvReader.h"
#include "Currency.h"
#include "DecimalText.h"
#include "Iban.h"
#include "Money.h"

#include <QCryptographicHash>
#include <QRegularExpression>

Result<qint64> BankCsvReader::amount(const QString &text, QChar decimalMark, const QString &currency)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x202f));
    const QChar grouping = decimalMark == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    if (t.contains(grouping)) {
        // Thousands grouped by threes only: "1.234,50", never "12.5,0".
        const QString g = QRegularExpression::escape(QString(grouping));
        const QString d = QRegularExpression::escape(QString(decimalMark));
        const QRegularExpression grouped(QStringLiteral("^[+-]?[0-9]{1,3}(%1[0-9]{3})+(%2[0-9]+)?$").arg(g, d));
        if (!grouped.match(t).hasMatch())
            return Error::invalid(tr("'%1' is not an amount.").arg(text.left(40)));
        t.remove(grouping);
    }
    if (decimalMark == QLatin1Char(','))
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression plain(QStringLiteral("^[+-]?[0-9]{1,18}(\\.[0-9]{1,5})?$"));
    if (!plain.match(t).hasMatch())
        return Error::invalid(tr("'%1' is not an amount.").arg(text.left(40)));
    if (t.startsWith(QLatin1Char('+')))
        t.remove(0, 1);
    DecimalText::Options options;
    options.scale = Currency::minorDigits(currency);
    options.maxAbsScaled = Money::MaxMinor;
    return DecimalText::parse(t, options);
}

Result<ParsedStatement> BankCsvReader::parse(
    const QByteArray &bytes, const BankCsvProfile &p, const QString &accountIban, const QString &currency)
{
    FACTURO_TRY(p.validate());
    const QString account = Iban::normalized(accountIban);
    if (!Iban::isValid(account))
        return Error::invalid(
            tr("A CSV statement needs the account's IBAN (--account): '%1' is not a valid IBAN.").arg(accountIban));
    CsvReader::Options options;
    options.separator = p.separator;
    options.requireSameWidth = false;
    auto table = CsvReader::parse(bytes, options);
    if (!table)
        return table.error();
    auto column = [&](const QString &name) { return name.isEmpty() ? -1 : table->column({name.toLower()}); };
    auto required = [&](const QString &name) -> Result<int> {
        const int c = column(name);
        if (c < 0)
            return Error::invalid(tr("The file has no column '%1' (profile '%2'): its columns are %3.")
                                      .arg(name, p.name, table->header.join(QStringLiteral(", "))));
        return c;
    };
    const bool signedAmount = !p.amountColumn.isEmpty();
    auto date = required(p.dateColumn);
    auto amountCol = required(signedAmount ? p.amountColumn : p.creditColumn);
    auto debitCol = signedAmount ? Result<int>(-1) : required(p.debitColumn);
    if (!date)
        return date.error();
    if (!amountCol)
        return amountCol.error();
    if (!debitCol)
        return debitCol.error();
    const int valueDate = column(p.valueDateColumn), ccy = column(p.currencyColumn), name = column(p.nameColumn),
              iban = column(p.ibanColumn), remittance = column(p.remittanceColumn),
              reference = column(p.referenceColumn);

    ParsedStatement s;
    s.format = QStringLiteral("csv");
    s.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    s.statementRef = QString::fromLatin1(s.sha256.left(32));
    s.accountIban = account;
    s.currency = currency;
    for (const CsvRow &row : table->rows) {
        auto cell = [&](int c) { return c >= 0 ? row.cells.value(c).trimmed() : QString(); };
        const QString where = tr("Row %1").arg(row.row);
        StatementEntry e;
        e.currency = ccy >= 0 && !cell(ccy).isEmpty() ? cell(ccy).toUpper() : currency;
        e.bookingDate = QDate::fromString(cell(date.value()), p.dateFormat);
        if (!e.bookingDate.isValid())
            return Error::invalid(
                tr("%1: '%2' is not a date in the format %3.").arg(where, cell(date.value()), p.dateFormat));
        if (valueDate >= 0 && !cell(valueDate).isEmpty())
            e.valueDate = QDate::fromString(cell(valueDate), p.dateFormat);
        qint64 signedMinor = 0;
        if (signedAmount) {
            auto a = amount(cell(amountCol.value()), p.decimalMark, e.currency);
            if (!a)
                return a.error().prefixed(where);
            signedMinor = a.value();
        } else {
            const QString in = cell(amountCol.value()), out = cell(debitCol.value());
            if (!in.isEmpty() && !out.isEmpty())
                return Error::invalid(tr("%1 has both a credit and a debit amount.").arg(where));
            auto a = amount(in.isEmpty() ? out : in, p.decimalMark, e.currency);
            if (!a)
                return a.error().prefixed(where);
            signedMinor = in.isEmpty() ? -qAbs(a.value()) : qAbs(a.value());
        }
        if (signedMinor == 0)
            continue; // a zero line (an information line some banks add) is no entry
        e.credit = signedMinor > 0;
        e.amount = qAbs(signedMinor);
        e.debtorName = cell(name).simplified();
        e.debtorIban = Iban::normalized(cell(iban));
        e.remittance = cell(remittance).simplified();
        e.servicerRef = cell(reference);
        s.entries.append(e);
    }
    StatementEntryKeys::assign(s);
    return s;
}
