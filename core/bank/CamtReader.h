#pragma once

#include "Result.h"
#include "StatementEntry.h"

#include <QCoreApplication>

// Reads ISO 20022 bank-to-customer statements (camt.053, BkToCstmrStmt) and debit/credit
// notifications (camt.054, BkToCstmrDbtCdtNtfctn), message versions 001.02 to 001.08 (the same
// shape for what is read here). Only booked entries are kept. Each transaction of a batch entry
// (several TxDtls inside one Ntry) becomes an entry of its own. Amounts are read from their text
// in the minor units of their currency. Anything that is not such a message, or an amount that
// is not a plain positive decimal with its currency, is refused with a message naming it.
class CamtReader
{
    Q_DECLARE_TR_FUNCTIONS(CamtReader)
public:
    static Result<QList<ParsedStatement>> parse(const QByteArray &bytes);
    // The message and version a namespace names ("camt.053", "001.08"), or false.
    static bool recognise(const QString &namespaceUri, QString *message, QString *version);
};
