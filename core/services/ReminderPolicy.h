#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// The dunning rules of DESIGN.md "Due dates and reminders", as pure functions: an invoice is
// overdue the day after its due date; level N is reached once it is at least levels[N-1] days
// overdue (defaults 7, 14 and 30; more levels allowed). A run sends the highest level reached
// when it is above every level already sent: never the same level twice, never a lower one.
class ReminderPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPolicy)
public:
    // "7,14,30" → {7, 14, 30}. Increasing whole days from 1 to 365; empty text: no levels.
    static Result<QList<int>> parseLevels(const QString &text);

    // Days past the due date on `asOf`: 1 on the day after the due date, 0 or less before.
    static int daysOverdue(const QDate &dueDate, const QDate &asOf);
    // The highest level reached after `daysOverdue` days (1-based); 0 when none is reached.
    static int levelReached(const QList<int> &levels, int daysOverdue);
    // The level a run sends now, or 0: the level reached, if above the last one sent.
    static int levelDue(const QList<int> &levels, int daysOverdue, int lastLevelSent);
    // The first day an invoice due on `dueDate` reaches `level` (invalid for an unknown level).
    static QDate dateReached(const QList<int> &levels, const QDate &dueDate, int level);
};
