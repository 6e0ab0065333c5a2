#pragma once

#include "FigureCard.h"

class CompanySession;
class Navigator;

// The dashboard's "Contract invoices due" card: how many contract occurrences are due and not
// made yet; a click opens the Contracts page.
class ContractsDueCard : public FigureCard
{
    Q_OBJECT
public:
    ContractsDueCard(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);
    void refresh();

private:
    CompanySession &m_session;
};
