#pragma once

#include <QByteArray>
#include <QColor>
#include <QPageSize>
#include <QString>

// How a document looks, independent of what it says (a company setting, edited with a live
// preview). Plain data: the renderer reads it, nothing validates it beyond falling back to
// defaults (an unknown font family prints in DejaVu Sans, an unreadable logo is left out).
struct DocumentTemplate
{
    QByteArray logo;                          // PNG/JPEG bytes; empty = no logo
    QColor accentColor = QColor(0x1f, 0x4e, 0x79); // title, rules, table header, amount due
    QString fontFamily = QStringLiteral("DejaVu Sans"); // must be installed; embedded in PDFs
    QString footerText;                       // free text under the company details
    QPageSize::PageSizeId paperSize = QPageSize::A4; // A4 or Letter

    bool showNotes = true;          // the document's printed notes
    bool showServiceReport = true;  // service order: description, report, time, parts
    bool showSignOff = true;        // service order: the customer's sign-off block
    bool showQrCode = true;         // EPC payment QR code (EUR, IBAN set, amount due > 0)
    bool showBankDetails = true;    // IBAN, BIC, bank on invoices and reminders
};
