#pragma once

#include "IntegrityCheck.h"
#include "LedgerContext.h"

// The checks of DESIGN.md "Trust" and "Numbers are chronological" that IntegrityCheck runs after
// the audit chain: the rows every money event vouches for (BookDigestCheck), the schema's
// immutability triggers and rules (SchemaFingerprint), the chronology of numbers and payments,
// and, when one is given, that the chain extends an anchor taken outside the file (ChainAnchor).
class TrustCheck
{
    Q_DECLARE_TR_FUNCTIONS(TrustCheck)
public:
    explicit TrustCheck(LedgerContext &context)
        : m_ctx(context)
    { }

    Status books(IntegrityReport &report);
    Status schema(IntegrityReport &report);
    Status chronology(IntegrityReport &report);
    Status anchor(IntegrityReport &report, const QString &anchorText);

private:
    LedgerContext &m_ctx;
};
