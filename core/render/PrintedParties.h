#pragma once

#include "CompanySettings.h"
#include "Customer.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The seller and the customer as a printed document shows them, taken either from the live
// company file (drafts, quotations, service reports, reminder letters) or from the copy frozen
// into a posted invoice or credit note at posting (its `snapshot` JSON: seller, customer,
// payment_terms_days). A posted document is always printed from its frozen copy: editing the
// customer or the company later never changes it.
class PrintedParties
{
    Q_DECLARE_TR_FUNCTIONS(PrintedParties)
public:
    PrintedDocument::Party seller;
    PrintedDocument::Party customer;
    PrintedDocument::BankDetails bank;
    int paymentTermsDays = 30;

    static PrintedParties live(const CompanySettings &company, const Customer &customer, int paymentTermsDays);
    // Refuses a snapshot that is not the JSON object posting writes.
    static Result<PrintedParties> frozen(const QString &snapshotJson);

    // "12 rue des Artisans\n69003 Lyon" → the printed address lines (trimmed, empty ones dropped).
    static QStringList addressLines(const QString &address);
    // "Net 30 days" / "30 jours net" / "30 Tage netto"; 0 days = due on receipt.
    static QString paymentTermsText(int days, const QString &language);
};
