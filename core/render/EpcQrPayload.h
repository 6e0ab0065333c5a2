#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The payload of an EPC QR code ("GiroCode", EPC069-12, version 002, UTF-8): a SEPA credit
// transfer a banking app can scan. Build it, validate() it, then payload() its bytes.
class EpcQrPayload
{
    Q_DECLARE_TR_FUNCTIONS(EpcQrPayload)
public:
    static constexpr qint64 MinAmountCents = 1;             // 0.01 EUR
    static constexpr qint64 MaxAmountCents = 99'999'999'999; // 999 999 999.99 EUR
    static constexpr int MaxNameLength = 70;
    static constexpr int MaxRemittanceLength = 140;
    static constexpr int MaxStructuredReferenceLength = 35;
    static constexpr int MaxPayloadBytes = 331;

    EpcQrPayload() = default;
    EpcQrPayload(QString beneficiaryName, QString iban, QString bic, qint64 amountCents,
                 QString remittanceText);

    const QString &beneficiaryName() const { return m_name; }
    QString iban() const; // without spaces, upper case
    QString bic() const;  // without spaces, upper case; may be empty
    qint64 amountCents() const { return m_amountCents; }
    const QString &remittanceText() const { return m_remittance; }
    // The structured remittance (EPC069-12 line 10): an ISO 11649 creditor reference, or the
    // twelve digits of a Belgian structured communication. A payload carries it or the
    // unstructured remittance text, never both: setting one clears the text.
    EpcQrPayload &setStructuredReference(const QString &reference);
    const QString &structuredReference() const { return m_structured; }

    // IBAN present and well-formed (ISO 13616 check digits), BIC empty or 8/11 characters,
    // name 1–70 characters, amount 0.01–999 999 999.99 EUR (0 = no amount: the payer types it),
    // remittance text at most 140 characters, structured reference at most 35 letters and digits,
    // whole payload at most 331 bytes.
    Status validate() const;
    // The payload lines joined with LF, no trailing LF, UTF-8; refused when not valid.
    Result<QByteArray> payload() const;

    static bool ibanChecksumValid(const QString &compactIban);

private:
    QByteArray build() const;

    QString m_name;
    QString m_iban;
    QString m_bic;
    qint64 m_amountCents = 0;
    QString m_remittance;
    QString m_structured;
};
