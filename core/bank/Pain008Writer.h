#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One collection of a pain.008 file.
struct Pain008Transaction
{
    QString endToEndId;
    qint64 amount = 0; // minor units (euro cents)
    QString mandateReference;
    QDate mandateSigned;
    QString debtorName;
    QString debtorIban;
    QString debtorBic; // empty: NOTPROVIDED
    QString remittance; // the invoice number
    QString sequence; // FRST or RCUR
    QString scheme; // CORE or B2B
};

struct Pain008Message
{
    QString messageId;
    QDateTime createdAt; // UTC
    QString creditorName;
    QString creditorIban;
    QString creditorBic; // empty: NOTPROVIDED
    QString creditorId;
    QDate collectOn;
    QList<Pain008Transaction> transactions;
};

// Writes an ISO 20022 CustomerDirectDebitInitiation, version pain.008.001.02 (the SEPA direct
// debit rulebook's format, EPC-restricted), with QXmlStreamWriter: one payment information block
// per (scheme, sequence), amounts written from the integers, texts cut to what the format holds and
// reduced to the SEPA character set.
class Pain008Writer
{
public:
    static QByteArray write(const Pain008Message &message);
    static QString amountText(qint64 cents); // 1234 → "12.34"
    // Letters with accents → without; characters outside the SEPA set → space; at most maxLength.
    static QString sepaText(const QString &text, int maxLength);
};
