#pragma once

#include <QString>

// The fixed wording of printed documents in the document's own language (en, fr, de),
// independent of the program's UI language: an English-speaking clerk prints a French
// customer's invoice in French. Placeholders are %1, %2 (QString::arg).
class DocumentLabels
{
public:
    enum Label {
        InvoiceTitle, CreditNoteTitle, QuotationTitle, ServiceReportTitle, ReminderTitle,
        DraftWatermark, DraftNumber,
        InvoiceNumber, CreditNoteNumber, QuotationNumber, OrderNumber, IssueDate, ServiceDate,
        ServicePeriod, DueDate, ValidUntil, CustomerReference, VatId, BillTo, Customer, SiteAddress,
        Description, Quantity, Unit, UnitPrice, Discount, TaxRate, Amount,
        CarriedForward, BroughtForward,
        TaxBreakdown, TaxableBase, TaxAmount, TotalNet, TotalTax, TotalGross, AmountPaid,
        AmountCredited, AmountDue, CategoryExempt, CategoryReverseCharge, CategoryZero,
        CategoryIntraCommunity, CategoryExport, CategoryOutOfScope,
        ExemptionMention, ReverseChargeMention, IntraCommunityMention, ExportMention, OutOfScopeMention,
        PaymentTerms, PayBy, BankDetails, AccountHolder, Iban, Bic, Bank, ScanToPay, Notes,
        DirectDebitHeading, DirectDebitNotice, // SEPA direct debit (PrintedDocument::DirectDebitNotice)
        CreditsInvoiceOf, CreditsInvoice, QuotationValidity,
        OrderDescription, InterventionReport, TimeEntries, Date, Technician, Hours, HourlyRate,
        PartsUsed, SignOff, SignedBy, SignedAt, Signature,
        ReminderLevel, ReminderBodyFirst, ReminderBodySecond, ReminderBodyFinal, Invoice,
        DaysOverdue, TotalOverdue,
        PageOf, Phone, Email,
        TermsNetDays, TermsOnReceipt,
        // Late-payment mentions (PrintedDocument::LatePaymentTerms): %1 = a rate or an amount.
        LatePenaltyFrance, LatePenaltyFranceRate, RecoveryIndemnityFrance,
        LateInterestBelgium, LateInterestBelgiumRate, RecoveryIndemnityBelgium,
        LateInterestGermany, LateInterestGermanyRate, RecoveryIndemnityGermany,
        NoEarlyPaymentDiscount, EarlyPaymentDiscount,
        // Structured payment reference and payment link (PaymentBlock).
        PaymentReference, StructuredCommunication, PayOnline,
        LabelCount
    };

    // "en", "fr", "de" (a region suffix such as "fr_BE" is accepted); anything else is English.
    explicit DocumentLabels(const QString &language);

    static bool isSupported(const QString &language);
    // The locale used for numbers and dates when the document names none.
    static QString defaultLocaleName(const QString &language);

    QString text(Label label) const;
    const QString &language() const { return m_language; }

private:
    int m_column = 0; // 0 en, 1 fr, 2 de
    QString m_language;
};
