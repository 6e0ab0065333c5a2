#pragma once

#include "ReconciliationService.h"
#include "RowTableModel.h"

#include <QCoreApplication>

// The open bank entries of the reconciliation page, each with its best proposal and reason.
class StatementEntryModel : public RowTableModel<ReconciliationItem>
{
    Q_DECLARE_TR_FUNCTIONS(StatementEntryModel)
public:
    explicit StatementEntryModel(const QString &currency, QObject *parent = nullptr);

    static QString proposalText(const MatchProposal &proposal, const QString &currency);

private:
    static QList<Column> columns(const QString &currency);
};
