#include "ReminderPolicy.h"

Result<QList<int>> ReminderPolicy::parseLevels(const QString &text)
{
    QList<int> levels;
    int previous = 0;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int days = part.trimmed().toInt(&ok);
        if (!ok || days <= previous || days > 365)
            return Error::invalid(tr("Reminder levels must be increasing numbers of days from 1 to 365, such as "
                                     "7,14,30 (not \"%1\").")
                                      .arg(text));
        levels.append(days);
        previous = days;
    }
    return levels;
}

int ReminderPolicy::daysOverdue(const QDate &dueDate, const QDate &asOf)
{
    if (!dueDate.isValid() || !asOf.isValid())
        return 0;
    return static_cast<int>(dueDate.daysTo(asOf));
}

int ReminderPolicy::levelReached(const QList<int> &levels, int daysOverdue)
{
    int reached = 0;
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (daysOverdue >= levels.at(i))
            reached = static_cast<int>(i) + 1;
    return reached;
}

int ReminderPolicy::levelDue(const QList<int> &levels, int daysOverdue, int lastLevelSent)
{
    const int reached = levelReached(levels, daysOverdue);
    return reached > lastLevelSent ? reached : 0;
}

QDate ReminderPolicy::dateReached(const QList<int> &levels, const QDate &dueDate, int level)
{
    if (level < 1 || level > levels.size() || !dueDate.isValid())
        return {};
    return dueDate.addDays(levels.at(level - 1));
}
