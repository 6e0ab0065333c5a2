#include "MoneyEvents.h"

#include "CustomerCreditRepository.h"
#include "DirectDebitRepository.h"

const QString &MoneyEvents::digestKey()
{
    static const QString key = QStringLiteral("rows_sha256");
    return key;
}

bool MoneyEvents::fixesMoney(const QString &entity, const QString &action)
{
    if (action == QLatin1String("post"))
        return entity == QLatin1String("invoice") || entity == QLatin1String("credit_note");
    return action == QLatin1String("payment") || action == QLatin1String("payment_reversal")
        || action == QLatin1String("refund") || action == QLatin1String("write_off")
        || action == QLatin1String("credit_kept") || action == QLatin1String("credit_applied")
        || action == QLatin1String("credit_refund") || action == QLatin1String("debit_returned")
        || (action == QLatin1String("credit") && entity == QLatin1String("invoice"));
}

Result<MoneyEvents::Rows> MoneyEvents::rowsOf(
    BookRowsRepository &rows, const QString &entity, qint64 entityId, const QString &action, const QJsonObject &details)
{
    Q_UNUSED(entity)
    Rows which;
    if (action == QLatin1String("post")) {
        which.id = entityId;
        which.name = rows.documentName(entityId);
    } else if (action == QLatin1String("credit")) {
        const QString number = details.value(QStringLiteral("credit_note")).toString();
        auto id = rows.documentIdOfNumber(number);
        if (!id)
            return id.error();
        which.id = id.value();
        which.name = number.isEmpty() ? tr("the credit note") : number;
    } else if (action.startsWith(QLatin1String("credit_"))) {
        which.table = Rows::Table::CustomerCredit;
        which.id = details.value(QStringLiteral("credit")).toInteger();
        which.name = tr("customer credit movement %1 of customer %2").arg(which.id).arg(entityId);
    } else if (action == QLatin1String("debit_returned")) {
        which.table = Rows::Table::DebitReturn;
        which.id = details.value(QStringLiteral("return")).toInteger();
        which.name = tr("returned direct debit %1 on %2").arg(which.id).arg(rows.documentName(entityId));
    } else {
        which.table = Rows::Table::Payment;
        which.isPayment = true;
        which.id = details.value(QStringLiteral("payment")).toInteger();
        which.name = tr("payment %1 on %2").arg(which.id).arg(rows.documentName(entityId));
    }
    return which;
}

Result<std::optional<QString>> MoneyEvents::digestOf(BookRowsRepository &rows, const Rows &which)
{
    if (which.id <= 0)
        return std::optional<QString>();
    switch (which.table) {
    case Rows::Table::Payment: return rows.paymentDigest(which.id);
    case Rows::Table::CustomerCredit: return CustomerCreditRepository(rows.database()).digest(which.id);
    case Rows::Table::DebitReturn: return DirectDebitRepository(rows.database()).returnDigest(which.id);
    case Rows::Table::Document: break;
    }
    return rows.documentDigest(which.id);
}
