#pragma once

#include "EInvoice.h"
#include "EInvoiceProfile.h"

#include <QCoreApplication>
#include <QStringList>

// What a document lacks before it can be written in a profile: the mandatory EN 16931 terms,
// the CIUS's extra requirements (Peppol, XRechnung), the VAT category rules (BR-S/Z/E/AE/IC/G/O)
// and the arithmetic (line nets, BR-CO-10 to BR-CO-17), each named in the user's words.
// An empty list means the document can be written.
class EInvoiceCheck
{
    Q_DECLARE_TR_FUNCTIONS(EInvoiceCheck)
public:
    static QStringList check(const EInvoice &invoice, const EInvoiceProfile &profile);

private:
    static void checkDocument(const EInvoice &invoice, QStringList &out);
    static void checkParties(const EInvoice &invoice, QStringList &out);
    static void checkLines(const EInvoice &invoice, QStringList &out);
    static void checkVat(const EInvoice &invoice, QStringList &out);
    static void checkPayment(const EInvoice &invoice, QStringList &out);
    static void checkArithmetic(const EInvoice &invoice, QStringList &out);
    static void checkProfile(const EInvoice &invoice, const EInvoiceProfile &profile, QStringList &out);
};
