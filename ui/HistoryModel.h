#pragma once

#include "AuditEvent.h"
#include "RowTableModel.h"

#include <QCoreApplication>

#include <memory>

// The audit events of one document or order, oldest first: when, who, what, details. Details
// read as sentences in the window's language: amounts as money, dates in the locale.
class HistoryModel : public RowTableModel<AuditEvent>
{
    Q_DECLARE_TR_FUNCTIONS(HistoryModel)
public:
    explicit HistoryModel(QObject *parent = nullptr);

    // The currency the amounts in the details are in (the company file's).
    void setCurrency(const QString &currency) { *m_currency = currency; }

    static QString actionName(const QString &action);
    static QString detailsText(const QString &action, const QString &json, const QString &currency);

private:
    HistoryModel(std::shared_ptr<QString> currency, QObject *parent);
    static QList<Column> columns(const std::shared_ptr<QString> &currency);

    std::shared_ptr<QString> m_currency;
};
