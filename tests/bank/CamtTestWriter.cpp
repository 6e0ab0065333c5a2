#include "CamtTestWriter.h"

#include <QXmlStreamWriter>

QString CamtTestWriter::amountText(qint64 minor, int digits)
{
    if (digits == 0)
        return QString::number(minor);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return QStringLiteral("%1.%2").arg(minor / scale).arg(minor % scale, digits, 10, QLatin1Char('0'));
}

namespace {
void amount(QXmlStreamWriter &w, const QString &name, qint64 minor, const QString &currency)
{
    w.writeStartElement(name);
    w.writeAttribute(QStringLiteral("Ccy"), currency);
    w.writeCharacters(CamtTestWriter::amountText(minor));
    w.writeEndElement();
}

void date(QXmlStreamWriter &w, const QString &name, const QDate &d)
{
    if (!d.isValid())
        return;
    w.writeStartElement(name);
    w.writeTextElement(QStringLiteral("Dt"), d.toString(Qt::ISODate));
    w.writeEndElement();
}

void charges(QXmlStreamWriter &w, qint64 minor, const QString &currency, bool records)
{
    if (minor <= 0)
        return;
    w.writeStartElement(QStringLiteral("Chrgs"));
    if (records)
        w.writeStartElement(QStringLiteral("Rcrd"));
    amount(w, QStringLiteral("Amt"), minor, currency);
    if (records)
        w.writeEndElement();
    w.writeEndElement();
}

// Versions from 001.03 on: charges as records and the transaction's amount in TxDtls/Amt; from
// 001.08 on, the debtor as a party (Dbtr/Pty).
void transaction(QXmlStreamWriter &w, const StatementEntry &e, bool withAmount, int version, const QString &currency)
{
    w.writeStartElement(QStringLiteral("TxDtls"));
    w.writeStartElement(QStringLiteral("Refs"));
    if (withAmount && !e.servicerRef.isEmpty())
        w.writeTextElement(QStringLiteral("AcctSvcrRef"), e.servicerRef);
    w.writeTextElement(
        QStringLiteral("EndToEndId"), e.endToEndId.isEmpty() ? QStringLiteral("NOTPROVIDED") : e.endToEndId);
    w.writeEndElement();
    const bool v08 = version >= 8;
    if (withAmount || version >= 3) {
        if (version >= 3) {
            amount(w, QStringLiteral("Amt"), e.amount, currency);
            w.writeTextElement(QStringLiteral("CdtDbtInd"), e.credit ? QStringLiteral("CRDT") : QStringLiteral("DBIT"));
        } else {
            w.writeStartElement(QStringLiteral("AmtDtls"));
            w.writeStartElement(QStringLiteral("TxAmt"));
            amount(w, QStringLiteral("Amt"), e.amount, currency);
            w.writeEndElement();
            w.writeEndElement();
        }
        if (withAmount)
            charges(w, e.charges, currency, version >= 3);
    }
    if (!e.debtorName.isEmpty() || !e.debtorIban.isEmpty()) {
        w.writeStartElement(QStringLiteral("RltdPties"));
        if (!e.debtorName.isEmpty()) {
            w.writeStartElement(QStringLiteral("Dbtr"));
            if (v08)
                w.writeStartElement(QStringLiteral("Pty"));
            w.writeTextElement(QStringLiteral("Nm"), e.debtorName);
            if (v08)
                w.writeEndElement();
            w.writeEndElement();
        }
        if (!e.debtorIban.isEmpty()) {
            w.writeStartElement(QStringLiteral("DbtrAcct"));
            w.writeStartElement(QStringLiteral("Id"));
            w.writeTextElement(QStringLiteral("IBAN"), e.debtorIban);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!e.remittance.isEmpty() || !e.structuredReference.isEmpty()) {
        w.writeStartElement(QStringLiteral("RmtInf"));
        if (!e.remittance.isEmpty())
            w.writeTextElement(QStringLiteral("Ustrd"), e.remittance.left(140));
        if (!e.structuredReference.isEmpty()) {
            w.writeStartElement(QStringLiteral("Strd"));
            w.writeStartElement(QStringLiteral("CdtrRefInf"));
            w.writeTextElement(QStringLiteral("Ref"), e.structuredReference);
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (!e.returnReason.isEmpty()) {
        w.writeStartElement(QStringLiteral("RtrInf"));
        w.writeStartElement(QStringLiteral("Rsn"));
        w.writeTextElement(QStringLiteral("Cd"), e.returnReason);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
}
} // namespace

QByteArray CamtTestWriter::write(const CamtTestStatement &s)
{
    const int version = s.version.mid(4).toInt();
    const bool v08 = version >= 8;
    const bool statement = s.message == QLatin1String("camt.053");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeDefaultNamespace(
        QStringLiteral("urn:iso:std:iso:20022:tech:xsd:") + s.message + QLatin1Char('.') + s.version);
    w.writeStartElement(QStringLiteral("Document"));
    w.writeStartElement(statement ? QStringLiteral("BkToCstmrStmt") : QStringLiteral("BkToCstmrDbtCdtNtfctn"));
    w.writeStartElement(QStringLiteral("GrpHdr"));
    w.writeTextElement(QStringLiteral("MsgId"), QStringLiteral("MSG-") + s.id);
    w.writeTextElement(QStringLiteral("CreDtTm"), QStringLiteral("2026-06-30T18:00:00"));
    w.writeEndElement();
    w.writeStartElement(statement ? QStringLiteral("Stmt") : QStringLiteral("Ntfctn"));
    w.writeTextElement(QStringLiteral("Id"), s.id);
    w.writeTextElement(QStringLiteral("CreDtTm"), QStringLiteral("2026-06-30T18:00:00"));
    w.writeStartElement(QStringLiteral("Acct"));
    w.writeStartElement(QStringLiteral("Id"));
    w.writeTextElement(QStringLiteral("IBAN"), s.accountIban);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("Ccy"), s.currency);
    w.writeEndElement();
    if (statement) {
        w.writeStartElement(QStringLiteral("Bal"));
        w.writeStartElement(QStringLiteral("Tp"));
        w.writeStartElement(QStringLiteral("CdOrPrtry"));
        w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("OPBD"));
        w.writeEndElement();
        w.writeEndElement();
        amount(w, QStringLiteral("Amt"), 0, s.currency);
        w.writeTextElement(QStringLiteral("CdtDbtInd"), QStringLiteral("CRDT"));
        date(w, QStringLiteral("Dt"), QDate(2026, 6, 1));
        w.writeEndElement();
    }
    for (const QList<StatementEntry> &ntry : s.entries) {
        const StatementEntry &first = ntry.first();
        qint64 total = 0;
        for (const StatementEntry &e : ntry)
            total += e.amount;
        const QString currency = first.currency.isEmpty() ? s.currency : first.currency;
        w.writeStartElement(QStringLiteral("Ntry"));
        if (!first.entryRef.isEmpty())
            w.writeTextElement(QStringLiteral("NtryRef"), first.entryRef);
        amount(w, QStringLiteral("Amt"), total, currency);
        w.writeTextElement(QStringLiteral("CdtDbtInd"), first.credit ? QStringLiteral("CRDT") : QStringLiteral("DBIT"));
        if (first.reversal)
            w.writeTextElement(QStringLiteral("RvslInd"), QStringLiteral("true"));
        if (v08) {
            w.writeStartElement(QStringLiteral("Sts"));
            w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("BOOK"));
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("Sts"), QStringLiteral("BOOK"));
        }
        date(w, QStringLiteral("BookgDt"), first.bookingDate);
        date(w, QStringLiteral("ValDt"), first.valueDate.isValid() ? first.valueDate : first.bookingDate);
        if (ntry.size() == 1 && !first.servicerRef.isEmpty())
            w.writeTextElement(QStringLiteral("AcctSvcrRef"), first.servicerRef);
        w.writeStartElement(QStringLiteral("BkTxCd"));
        w.writeStartElement(QStringLiteral("Domn"));
        w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("PMNT"));
        w.writeStartElement(QStringLiteral("Fmly"));
        w.writeTextElement(QStringLiteral("Cd"), first.credit ? QStringLiteral("RCDT") : QStringLiteral("ICDT"));
        w.writeTextElement(
            QStringLiteral("SubFmlyCd"), first.reversal ? QStringLiteral("RRTN") : QStringLiteral("ESCT"));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        if (ntry.size() == 1)
            charges(w, first.charges, currency, version >= 3);
        w.writeStartElement(QStringLiteral("NtryDtls"));
        if (ntry.size() > 1) {
            w.writeStartElement(QStringLiteral("Btch"));
            w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(ntry.size()));
            w.writeEndElement();
        }
        for (const StatementEntry &e : ntry)
            transaction(w, e, ntry.size() > 1, version, currency);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}
