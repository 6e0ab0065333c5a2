#include "ImportRowReader.h"

QString ImportRowReader::text(const QStringList &names) const
{
    const int c = m_table.column(names);
    return c < 0 ? QString() : m_row.cells.value(c).trimmed();
}

QString ImportRowReader::required(const QStringList &names)
{
    const QString value = text(names);
    if (value.isEmpty())
        issue(names.first(), tr("is empty"));
    return value;
}

std::optional<int> ImportRowReader::integer(const QStringList &names, int min, int max)
{
    const QString cell = text(names);
    if (cell.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = cell.toInt(&ok);
    if (!ok || value < min || value > max) {
        issue(names.first(), tr("\"%1\" is not a whole number from %2 to %3").arg(cell).arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ImportRowReader::flag(const QStringList &names)
{
    const QString cell = text(names).toLower();
    if (cell.isEmpty())
        return std::nullopt;
    static const QStringList yes {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("y"),
        QStringLiteral("true"), QStringLiteral("x"), QStringLiteral("oui"), QStringLiteral("ja")};
    static const QStringList no {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("n"),
        QStringLiteral("false"), QStringLiteral("non"), QStringLiteral("nein")};
    if (yes.contains(cell))
        return true;
    if (no.contains(cell))
        return false;
    issue(names.first(), tr("\"%1\" is neither yes nor no").arg(cell));
    return std::nullopt;
}

std::optional<QDate> ImportRowReader::date(const QStringList &names, bool required)
{
    const QString cell = text(names);
    if (cell.isEmpty()) {
        if (required)
            issue(names.first(), tr("is empty"));
        return std::nullopt;
    }
    QDate d = QDate::fromString(cell.left(10), Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(cell, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(cell, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid() || d.year() < 2000 || d.year() > 2100) {
        issue(names.first(), tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(cell));
        return std::nullopt;
    }
    return d;
}

void ImportRowReader::issue(const QString &field, const QString &message)
{
    m_issues.append({m_row.row, field, message});
}
