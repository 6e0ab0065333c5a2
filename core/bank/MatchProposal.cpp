#include "MatchProposal.h"

QString MatchProposal::reasonKey(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Reference:
        return QStringLiteral("reference");
    case MatchReason::NumberInText:
        return QStringLiteral("number-in-text");
    case MatchReason::IbanAmount:
        return QStringLiteral("iban-amount");
    case MatchReason::IbanSet:
        return QStringLiteral("iban-invoices");
    case MatchReason::NameAmount:
        return QStringLiteral("name-amount");
    }
    return {};
}

QString MatchProposal::reasonText(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Reference:
        return tr("structured payment reference");
    case MatchReason::NumberInText:
        return tr("invoice number in the remittance text");
    case MatchReason::IbanAmount:
        return tr("known payer account and amount");
    case MatchReason::IbanSet:
        return tr("known payer account and several invoices summing to the amount");
    case MatchReason::NameAmount:
        return tr("payer name and amount");
    }
    return {};
}
