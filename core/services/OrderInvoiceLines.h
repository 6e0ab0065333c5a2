#pragma once

#include "DocumentLine.h"
#include "ServiceOrder.h"
#include "TaxRate.h"

#include <QDate>
#include <QList>
#include <QString>

// How a Done service order reads on the draft invoice made from it, in the document's language
// (en, fr, de; another language reads as English), not in the language of the program:
//   labour  "Labour on 09/03/2026", "Main-d’œuvre du 09/03/2026", "Arbeitszeit am 09.03.2026";
//           with the entry's own description "Filter replaced (09/03/2026)"; the technician's
//           name in brackets only when the company wants it (CompanySettings::technicianOnInvoiceLines)
//   parts   "FLT-200 — Air filter" (the catalogue code, then the description)
//   the job number (the order's job reference, else its id) is the customer's reference.
//
//   OrderInvoiceLines wording(draft.language, company.technicianOnInvoiceLines);
//   draft.customerReference = OrderInvoiceLines::reference(order);
//   QList<DocumentLine> lines = wording.lines(order, &labourRate);
class OrderInvoiceLines
{
public:
    OrderInvoiceLines(const QString &language, bool withTechnician);

    // Labour lines (one per time entry, taxed at `labourRate`; may be null without time entries)
    // then part lines. Nets are left to the caller (DraftService::priced).
    QList<DocumentLine> lines(const ServiceOrder &order, const TaxRate *labourRate) const;
    QString labourDescription(const TimeEntry &entry) const;
    // A date as the document's language writes it: 09/03/2026, 09.03.2026.
    QString date(const QDate &date) const;

    static QString reference(const ServiceOrder &order);

private:
    QString m_language;
    bool m_withTechnician = false;
};
