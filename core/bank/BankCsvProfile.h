#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// How one bank writes its CSV account export: a named, saved column mapping. Columns are named
// by their header text (case-insensitive). The amount is one signed column, or two columns
// (credit and debit) of positive amounts.
struct BankCsvProfile
{
    Q_DECLARE_TR_FUNCTIONS(BankCsvProfile)
public:
    QString name;
    QChar separator = QLatin1Char(';');
    QChar decimalMark = QLatin1Char(',');
    QString dateFormat = QStringLiteral("dd.MM.yyyy");
    QString dateColumn;
    QString valueDateColumn;
    QString amountColumn; // signed: negative is a debit
    QString creditColumn; // or credit and debit columns
    QString debitColumn;
    QString currencyColumn;
    QString nameColumn;
    QString ibanColumn;
    QString remittanceColumn;
    QString referenceColumn; // the bank's own reference for the entry, if the export has one

    QJsonObject toJson() const;
    static Result<BankCsvProfile> fromJson(const QJsonObject &json);
    Status validate() const;
};
