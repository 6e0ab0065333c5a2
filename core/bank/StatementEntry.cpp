#include "StatementEntry.h"

#include <QCryptographicHash>
#include <QHash>
#include <QStringList>

QString StatementEntryStatus::key(StatementEntry::Status status)
{
    switch (status) {
    case StatementEntry::Status::Open:
        return QStringLiteral("open");
    case StatementEntry::Status::Applied:
        return QStringLiteral("applied");
    case StatementEntry::Status::Left:
        return QStringLiteral("left");
    case StatementEntry::Status::NotAPayment:
        return QStringLiteral("not-a-payment");
    }
    return QStringLiteral("open");
}

StatementEntry::Status StatementEntryStatus::fromKey(const QString &key)
{
    if (key == QLatin1String("applied"))
        return StatementEntry::Status::Applied;
    if (key == QLatin1String("left"))
        return StatementEntry::Status::Left;
    if (key == QLatin1String("not-a-payment"))
        return StatementEntry::Status::NotAPayment;
    return StatementEntry::Status::Open;
}

void StatementEntryKeys::assign(ParsedStatement &statement)
{
    QHash<QString, int> seen;
    for (StatementEntry &e : statement.entries) {
        QString key;
        if (!e.servicerRef.isEmpty())
            key = statement.accountIban + QStringLiteral("|svc:") + e.servicerRef;
        else if (!e.entryRef.isEmpty())
            key = statement.accountIban + QStringLiteral("|stmt:") + statement.statementRef + QStringLiteral("|ntry:")
                + e.entryRef;
        else {
            const QString content = QStringList {e.credit ? QStringLiteral("C") : QStringLiteral("D"),
                e.reversal ? QStringLiteral("R") : QString(), QString::number(e.amount), e.currency,
                e.bookingDate.toString(Qt::ISODate), e.valueDate.toString(Qt::ISODate), e.endToEndId, e.debtorName,
                e.debtorIban, e.remittance, e.structuredReference}
                                        .join(QChar(0x1f));
            key = statement.accountIban + QStringLiteral("|hash:")
                + QString::fromLatin1(
                    QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
        }
        // Two entries of one statement with the same identity (a batch's transactions under the
        // entry's reference, two identical transfers on one day) are told apart by their order.
        const int n = seen.value(key, 0);
        seen.insert(key, n + 1);
        e.key = n == 0 ? key : key + QStringLiteral("#") + QString::number(n + 1);
    }
}
