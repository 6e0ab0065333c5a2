#pragma once

#include <QList>
#include <QString>

#include <optional>

// A structured payment reference a payer quotes in a credit transfer: an ISO 11649 creditor
// reference (CreditorReference) or a Belgian structured communication (BelgianReference).
// `text` is the electronic form ("RF18INV202600042", or the twelve Belgian digits): what the
// database stores, the EPC QR code and the e-invoice carry, and what bank statements are matched
// on. printed() is what people read.
struct PaymentReference
{
    enum class Kind { Creditor, Belgian };

    Kind kind = Kind::Creditor;
    QString text;

    QString printed() const;
    bool operator==(const PaymentReference &other) const { return kind == other.kind && text == other.text; }

    // The company setting: "rf" (the default) or "be".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);

    // A reference as a payer or a bank may write it, or nothing when the text is not one whose
    // check digits match. Accepted: spaces anywhere, lower case, "RF18 5390 0754 7034",
    // "+++090/9337/55493+++", "***090/9337/55493***", "090/9337/55493", "090933755493".
    static std::optional<PaymentReference> parse(const QString &text);
    // The references found in free text (a statement's remittance information), in order, each
    // once: creditor references (grouped or not, any case) and Belgian communications (in their
    // +++ or *** frame, slashed, or as twelve digits standing alone).
    static QList<PaymentReference> findIn(const QString &text);

    // The reference a posted invoice gets, attempt by attempt until one is not already taken in
    // the company file (nothing for an attempt that cannot make one):
    //   attempt 0  creditor: the invoice number's letters and digits, upper case, when 1..21 of
    //              them ("INV-2026-00042" -> RF36INV202600042); Belgian: the number's digits,
    //              left-padded with zeros to ten, when 1..10 of them (-> +++020/2600/04222+++)
    //   attempt 1  from the document's id, unique in the file: creditor "D" + id; Belgian the id
    //              left-padded to ten digits
    //   attempt n  (n >= 2): creditor "D" + id + "N" + n; Belgian the id followed by n, padded
    // Numbers are unique, but two numbers may differ only in their separators (after a change of
    // the numbering pattern) or be too long: the later attempts keep every reference unique.
    static std::optional<PaymentReference> forInvoice(Kind kind, const QString &number, qint64 documentId,
                                                      int attempt);
};
