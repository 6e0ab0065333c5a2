#include "ContractsDueCard.h"

#include "CompanySession.h"
#include "ContractRunService.h"
#include "Navigator.h"

ContractsDueCard::ContractsDueCard(CompanySession &session, Navigator &navigator, QWidget *parent)
    : FigureCard(tr("Contract invoices due"), QStringLiteral("#5b6bd6"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("cardContractsDue"));
    connect(this, &FigureCard::clicked, this, [&navigator] { navigator.showPage(PageId::Contracts); });
    connect(&session, &CompanySession::dataChanged, this, &ContractsDueCard::refresh);
    refresh();
}

void ContractsDueCard::refresh()
{
    ContractRunService runner(m_session.ledger());
    auto due = runner.due(m_session.today());
    if (!due) {
        setFigure(QStringLiteral("–"), due.message());
        return;
    }
    QSet<qint64> contracts;
    for (const DueOccurrence &d : std::as_const(due.value()))
        contracts.insert(d.contractId);
    setFigure(QString::number(due->size()),
        due->isEmpty() ? tr("none due today") : tr("of %n contract(s)", nullptr, static_cast<int>(contracts.size())));
}
