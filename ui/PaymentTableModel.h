#pragma once

#include "PaymentListService.h"
#include "RowTableModel.h"

#include <QCoreApplication>

// Payments as the Payments page and a posted invoice list them.
class PaymentTableModel : public RowTableModel<PaymentRow>
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTableModel)
public:
    PaymentTableModel(const QString &currency, bool withDocument, QObject *parent = nullptr);

    static QString kindName(PaymentKind kind);

private:
    static QList<Column> columns(const QString &currency, bool withDocument);
};
