#pragma once

#include "AuditEvent.h"
#include "RowTableModel.h"

#include <QCoreApplication>

// The audit events of one document or order, oldest first: when, who, what, details.
class HistoryModel : public RowTableModel<AuditEvent>
{
    Q_DECLARE_TR_FUNCTIONS(HistoryModel)
public:
    explicit HistoryModel(QObject *parent = nullptr);

    static QString actionName(const QString &action);
    static QString detailsText(const QString &json);

private:
    static QList<Column> columns();
};
