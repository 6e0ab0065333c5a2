#pragma once

#include "LedgerContext.h"
#include "PrintedDocument.h"
#include "Result.h"

#include <QCoreApplication>

// The document the template settings preview shows: the company's most recent posted invoice
// (so the user sees their own data), or, in a file without one, a short sample invoice from
// the company's own details and an example customer.
class TemplatePreviewSample
{
    Q_DECLARE_TR_FUNCTIONS(TemplatePreviewSample)
public:
    static Result<PrintedDocument> forLedger(LedgerContext &context);
    static Result<PrintedDocument> sample(const CompanySettings &company, const QDate &today);
};
