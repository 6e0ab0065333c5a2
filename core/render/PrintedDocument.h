#pragma once

#include "FixedDecimal.h"
#include "Result.h"
#include "TaxCalculator.h"
#include "TaxCategory.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Everything a printed document shows, and nothing else. The renderer never reads the
// database: the ledger's mapper fills this structure from a posted (frozen) or draft document,
// and the renderer paints it as given. Texts are printed verbatim (the mapper chooses them);
// the fixed wording (titles, column headers, legal mentions) comes from DocumentLabels in the
// document's language. Amounts are minor units of `currency`; nothing here is a double.
struct PrintedDocument
{
    enum class Kind {
        Invoice,            // a posted invoice, or a draft one (draft = true)
        CreditNote,         // refers to the invoice it credits (creditedInvoiceNumber)
        Quotation,          // an offer; validUntil instead of a due date, no payment block
        ServiceOrderReport, // intervention report, time entries, parts, customer sign-off
        PaymentReminder,    // letter listing one customer's overdue invoices
    };

    // A seller or a customer as frozen into the document.
    struct Party
    {
        QString name;             // legal name, printed bold
        QStringList address;      // address lines as printed: street, postcode and city, country
        QString vatId;            // VAT identification number; empty = not printed
        QString registration;     // company registration ("RCS Paris 123 456 789", "HRB 12345 …")
        QString email;            // contact; each empty one is left out
        QString phone;
        QString website;
    };

    // One line of an invoice, credit note or quotation. `net` is the ledger's stored line net
    // (TaxCalculator::lineNet of quantity, unit price and discount); the renderer prints it
    // and sums it for the carried-forward subtotals, it does not recompute it.
    struct Line
    {
        QString description;   // may hold several lines ("\n"); long text wraps
        Quantity quantity;
        QString unit;          // "h", "pcs", "kg"; empty = none
        UnitPrice unitPrice;   // major units with up to 4 decimals
        Percentage discount;   // 0 = no discount (the discount column shows only if one is set)
        TaxCategory taxCategory = TaxCategory::Standard;
        Percentage taxRate;
        QString exemptionReason; // exempt lines: the legal reason (printed per breakdown row)
        qint64 net = 0;        // minor units
    };

    struct BankDetails
    {
        QString accountHolder; // beneficiary name (EPC QR, max 70); empty = the seller's name
        QString iban;          // printed grouped by four; the EPC QR code needs it
        QString bic;           // optional
        QString bankName;      // optional
    };

    // Service-order report: one technician's time on the job.
    struct TimeEntry
    {
        QDate date;
        QString technician;
        Quantity hours;
        UnitPrice hourlyRate;  // zero = amounts not shown for this entry
        qint64 amount = 0;     // minor units (hours × rate, from the ledger)
    };

    // Service-order report: a part used on the job.
    struct PartUsed
    {
        QString description;
        Quantity quantity;
        QString unit;
        UnitPrice unitPrice;
        qint64 amount = 0;     // minor units
    };

    // Service-order report: the customer's sign-off. Empty name = not signed yet: the report
    // then prints blank lines to sign on paper.
    struct SignOff
    {
        QString name;
        QDateTime signedAt;         // printed in the document's locale, local time
        QByteArray signatureImage;  // PNG/JPEG bytes; empty = no image
    };

    // Payment reminder: one overdue invoice of the customer.
    struct OverdueInvoice
    {
        QString number;
        QDate issueDate;
        QDate dueDate;
        int daysOverdue = 0;
        qint64 amountDue = 0;  // minor units still owed on it
    };

    // The late-payment mentions of the law that applies to an invoice to a business customer,
    // printed with the payment terms in the document's language (DocumentLabels).
    struct LatePaymentTerms
    {
        enum class Law {
            None,    // nothing printed
            France,  // Code de commerce L441-10: penalty rate, 40 EUR indemnity, early-payment discount
            Belgium, // law of 2 August 2002: interest, fixed compensation
            Germany, // § 288 BGB: default interest, 40 EUR lump sum
        };
        Law law = Law::None;
        Percentage interestRate;      // yearly
        bool statutoryRate = true;    // true = the law's own rate, interestRate unused
        qint64 recoveryIndemnity = 0; // minor units of the currency; 0 = not printed
        Percentage earlyPaymentDiscount; // 0 = none ("no discount" is printed under French law)
    };

    Kind kind = Kind::Invoice;
    bool draft = false;        // DRAFT watermark on every page; the number prints as "Draft"
    QString language = QStringLiteral("en"); // "en", "fr" or "de": the label table used
    QString localeName;        // "en_GB", "en_US", "fr_FR", "de_DE"; empty = from the language
    QString currency = QStringLiteral("EUR"); // ISO 4217, the company file's currency

    QString number;            // final number (posted); empty on a draft; quotation / order number
    // The audit chain head at posting ("SEQ:HASH" of the document's post event), written into the
    // PDF's XMP metadata (facturo:AuditAnchor, see docs/tamper-evidence.md); empty = none.
    QString auditAnchor;
    QDate issueDate;           // required for every kind: the letter date of a reminder, the report date
    QDate serviceDate;         // date of supply; invalid = not printed
    QDate serviceDateEnd;      // end of a supply period; invalid = a single date
    QDate dueDate;             // invoices; invalid = not printed
    QDate validUntil;          // quotations
    QString customerReference; // the customer's PO / reference; empty = not printed

    Party seller;
    Party customer;
    QStringList siteAddress;   // service order: where the work was done; empty = not printed

    QList<Line> lines;
    // Net / tax / gross and the per-rate breakdown (base, rate, tax, exemption reason), as
    // frozen by the ledger. computeTotals() fills it from the lines for callers that have none.
    DocumentTotals totals;
    qint64 amountPaid = 0;     // payments received so far (invoices)
    qint64 amountCredited = 0; // posted credit notes against the invoice (invoices)

    QString paymentTerms;      // "Net 30 days", printed as given
    LatePaymentTerms latePayment; // invoices
    BankDetails bank;
    // An invoice paid by SEPA direct debit under a mandate in force: what is debited, when, from
    // which account (masked), under which mandate and creditor identifier. amount 0: none.
    struct DirectDebitNotice
    {
        qint64 amount = 0;
        QDate debitOn;
        QString maskedIban;
        QString mandateReference;
        QString creditorId;
    } directDebit;
    // Invoices: the structured payment reference frozen at posting, electronic form ("RF18...",
    // or twelve Belgian digits; core/bank/PaymentReference.h): printed with the bank details and
    // carried in the EPC QR code's structured reference. Empty = the number is quoted instead.
    QString paymentReference;
    // Invoices: the payment link frozen at posting (http or https), printed as text and as its own
    // QR code beside the EPC one while something is due. Empty = none.
    QString paymentLink;
    QString introduction;      // text before the lines (quotation cover text); for a reminder it
                               // replaces the standard letter text of its level
    QString notes;             // printed notes after the totals

    QString creditedInvoiceNumber; // credit note: the invoice it credits
    QDate creditedInvoiceDate;

    QString orderDescription;      // service order: the job as ordered
    QString interventionReport;    // service order: what was done
    QList<TimeEntry> timeEntries;
    QList<PartUsed> parts;
    SignOff signOff;

    int reminderLevel = 1;         // payment reminder: 1, 2, 3+ (3 and up print the final-notice text)
    QList<OverdueInvoice> overdueInvoices;
    QString lateFeeText;           // optional, printed as given under the list

    // gross − paid − credited (invoices); the overdue total for a reminder; 0 otherwise.
    qint64 amountDue() const;
    qint64 overdueTotal() const;
    // Fills `totals` from the lines' nets with TaxCalculator (rounding once per rate).
    Status computeTotals();
    // Refuses what cannot be printed: unknown language, inconsistent totals, a posted
    // invoice or credit note without a number, a credit note that names no invoice.
    Status validate() const;

    Q_DECLARE_TR_FUNCTIONS(PrintedDocument)
};
