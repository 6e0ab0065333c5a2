#pragma once

#include "DocumentPdfService.h"
#include "PdfTestSupport.h"
#include "TestDatabase.h"
#include "TestResults.h"

#include <QString>

#include <catch2/catch.hpp>

#include <string>

// A company file with invoices made through the services, and the tools to read their PDFs.
// The clock stands at 2026-03-10 09:30 UTC (TestLedger); dates print as en_GB (10/03/2026).
class LedgerPdfFixture
{
public:
    LedgerPdfFixture();

    TestLedger t;
    PdfTestSupport pdf;
    qint64 customerId = 0; // "Harbour Café Ltd", English, VAT id GB980780684

    // A draft with every kind of line (standard with a discount, reduced, exempt, reverse
    // charge), a service date, a reference, printed and internal notes.
    qint64 richDraft();
    // richDraft() posted; returns its id.
    qint64 postedRich();
    // A one-line posted invoice for the customer (default: the English one); returns its id.
    qint64 postedSimple(const QString &price = QStringLiteral("100"), qint64 customer = 0);

    Document load(qint64 id);
    ArchivedPdf pdfFor(qint64 id, PdfUse use);
    // The PDF written to the temporary folder, and its text (flattened, -layout).
    QString write(const ArchivedPdf &file, const QString &name = {});
    QString text(const ArchivedPdf &file, bool layout = true);
    // The audit actions recorded for a document, in order.
    QStringList actions(qint64 id, const QString &entity = QStringLiteral("invoice"));
    qint64 archiveRows();

    static QByteArray png(int width, int height, const QColor &color);
};
