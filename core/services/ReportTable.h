#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

// One column of a report: what its cells hold decides how they are written.
struct ReportColumn
{
    enum class Kind {
        Text,
        Date, // QDate
        Count, // qint64
        Money, // qint64 minor units of the report's currency
        Percent, // qint64 hundredths of a percent (9523 = 95.23 %); null when undefined
        Days, // qint64 tenths of a day (125 = 12.5 days); null when undefined
    };
    QString key; // stable, for JSON and tests: "current", "net", ...
    QString label; // translated, for people
    Kind kind = Kind::Text;
};

// A headline figure of a report (collection rate, DSO, ...).
struct ReportFigure
{
    QString key;
    QString label;
    ReportColumn::Kind kind = ReportColumn::Kind::Money;
    QVariant value;
};

// The result of every report (issue 6): the same figures for the Reports page, the CLI's
// `report NAME --json`, CSV and PDF. Cells hold exact values (minor units, scaled integers),
// never doubles; text forms are made in one place (plainText / displayText).
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)
public:
    QString name;
    // A cell as the window shows it: displayText, and a tax category key ("reverse-charge") in
    // words of the window's language.
    QString cellText(const ReportColumn &column, const QVariant &value, const QLocale &locale) const; // aged_receivables, sales_by_month, ...
    QString title; // translated
    QString currency = QStringLiteral("EUR");
    QDate asOf; // reports as of a day
    QDate from; // reports over a period
    QDate to;
    QList<ReportFigure> figures;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;
    QVariantList totals; // empty: no totals row
    bool truncated = false; // rows were cut at the limit asked for; totals still cover all

    int column(const QString &key) const; // -1 when absent
    QVariant cell(int row, const QString &key) const;
    qint64 integer(int row, const QString &key) const { return cell(row, key).toLongLong(); }
    qint64 total(const QString &key) const;
    QVariant figure(const QString &key) const;
    // The first row whose `key` cell has this text (-1 when none).
    int findRow(const QString &key, const QString &text) const;

    // Locale-free text: "1234.56", "2026-03-31", "95.23", "12.5"; empty for a null cell.
    QString plainText(const QVariant &value, ReportColumn::Kind kind) const;
    // For people, in `locale`: "1 234,56 €", "95,23 %".
    QString displayText(const QVariant &value, ReportColumn::Kind kind, const QLocale &locale) const;

    // {"report", "title", "currency", "as_of"/"from"/"to", "figures": {}, "columns": [],
    //  "rows": [{key: text}], "totals": {key: text}, "truncated"}: amounts as exact strings.
    QJsonObject toJson() const;
};
