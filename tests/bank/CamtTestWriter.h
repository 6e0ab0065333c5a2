#pragma once

#include "StatementEntry.h"

#include <QByteArray>
#include <QList>

// Writes camt.053 statements and camt.054 notifications (versions 001.02 and 001.08) from
// entries, the way banks do, for the tests: each inner list is one Ntry; more than one
// transaction makes a batch with their own amounts. Amounts are written from the integers.
struct CamtTestStatement
{
    QString message = QStringLiteral("camt.053"); // or camt.054
    QString version = QStringLiteral("001.02"); // or 001.08
    QString id = QStringLiteral("STMT-1");
    QString accountIban = QStringLiteral("FR7630006000011234567890189");
    QString currency = QStringLiteral("EUR");
    QList<QList<StatementEntry>> entries;
};

namespace CamtTestWriter {
QByteArray write(const CamtTestStatement &statement);
QString amountText(qint64 minor, int digits = 2);
} // namespace CamtTestWriter
