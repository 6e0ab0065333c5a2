#include "Pain008Writer.h"

#include <QMap>
#include <QXmlStreamWriter>

QString Pain008Writer::amountText(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 part = cents % 100;
    return QString::number(whole) + QLatin1Char('.') + QStringLiteral("%1").arg(part, 2, 10, QLatin1Char('0'));
}

QString Pain008Writer::sepaText(const QString &text, int maxLength)
{
    const QString decomposed = text.simplified().normalized(QString::NormalizationForm_KD);
    static const QString allowed = QStringLiteral("/-?:().,'+ ");
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        const bool ok
            = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || allowed.contains(c);
        out += ok ? c : QLatin1Char(' ');
    }
    return out.simplified().left(maxLength).trimmed();
}

namespace {
void agent(QXmlStreamWriter &x, const char *element, const QString &bic)
{
    x.writeStartElement(QLatin1String(element));
    x.writeStartElement(QStringLiteral("FinInstnId"));
    if (bic.isEmpty()) {
        x.writeStartElement(QStringLiteral("Othr"));
        x.writeTextElement(QStringLiteral("Id"), QStringLiteral("NOTPROVIDED"));
        x.writeEndElement();
    } else {
        x.writeTextElement(QStringLiteral("BIC"), bic);
    }
    x.writeEndElement();
    x.writeEndElement();
}

void account(QXmlStreamWriter &x, const char *element, const QString &iban)
{
    x.writeStartElement(QLatin1String(element));
    x.writeStartElement(QStringLiteral("Id"));
    x.writeTextElement(QStringLiteral("IBAN"), iban);
    x.writeEndElement();
    x.writeEndElement();
}
} // namespace

QByteArray Pain008Writer::write(const Pain008Message &m)
{
    // Blocks by (scheme, sequence), in a stable order; transactions keep their order within one.
    QMap<QPair<QString, QString>, QList<Pain008Transaction>> blocks;
    qint64 total = 0;
    for (const Pain008Transaction &t : m.transactions) {
        blocks[{t.scheme, t.sequence}].append(t);
        total += t.amount;
    }
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    x.setAutoFormatting(true);
    x.setAutoFormattingIndent(2);
    x.writeStartDocument();
    x.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"));
    x.writeStartElement(QStringLiteral("Document"));
    x.writeStartElement(QStringLiteral("CstmrDrctDbtInitn"));
    x.writeStartElement(QStringLiteral("GrpHdr"));
    x.writeTextElement(QStringLiteral("MsgId"), m.messageId);
    x.writeTextElement(QStringLiteral("CreDtTm"), m.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    x.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(m.transactions.size()));
    x.writeTextElement(QStringLiteral("CtrlSum"), amountText(total));
    x.writeStartElement(QStringLiteral("InitgPty"));
    x.writeTextElement(QStringLiteral("Nm"), sepaText(m.creditorName, 70));
    x.writeEndElement();
    x.writeEndElement(); // GrpHdr
    int block = 0;
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
        qint64 sum = 0;
        for (const Pain008Transaction &t : it.value())
            sum += t.amount;
        x.writeStartElement(QStringLiteral("PmtInf"));
        x.writeTextElement(QStringLiteral("PmtInfId"), (m.messageId.left(31) + QStringLiteral("-%1").arg(++block)));
        x.writeTextElement(QStringLiteral("PmtMtd"), QStringLiteral("DD"));
        x.writeTextElement(QStringLiteral("BtchBookg"), QStringLiteral("true"));
        x.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(it.value().size()));
        x.writeTextElement(QStringLiteral("CtrlSum"), amountText(sum));
        x.writeStartElement(QStringLiteral("PmtTpInf"));
        x.writeStartElement(QStringLiteral("SvcLvl"));
        x.writeTextElement(QStringLiteral("Cd"), QStringLiteral("SEPA"));
        x.writeEndElement();
        x.writeStartElement(QStringLiteral("LclInstrm"));
        x.writeTextElement(QStringLiteral("Cd"), it.key().first);
        x.writeEndElement();
        x.writeTextElement(QStringLiteral("SeqTp"), it.key().second);
        x.writeEndElement(); // PmtTpInf
        x.writeTextElement(QStringLiteral("ReqdColltnDt"), m.collectOn.toString(Qt::ISODate));
        x.writeStartElement(QStringLiteral("Cdtr"));
        x.writeTextElement(QStringLiteral("Nm"), sepaText(m.creditorName, 70));
        x.writeEndElement();
        account(x, "CdtrAcct", m.creditorIban);
        agent(x, "CdtrAgt", m.creditorBic);
        x.writeTextElement(QStringLiteral("ChrgBr"), QStringLiteral("SLEV"));
        x.writeStartElement(QStringLiteral("CdtrSchmeId"));
        x.writeStartElement(QStringLiteral("Id"));
        x.writeStartElement(QStringLiteral("PrvtId"));
        x.writeStartElement(QStringLiteral("Othr"));
        x.writeTextElement(QStringLiteral("Id"), m.creditorId);
        x.writeStartElement(QStringLiteral("SchmeNm"));
        x.writeTextElement(QStringLiteral("Prtry"), QStringLiteral("SEPA"));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement(); // CdtrSchmeId
        for (const Pain008Transaction &t : it.value()) {
            x.writeStartElement(QStringLiteral("DrctDbtTxInf"));
            x.writeStartElement(QStringLiteral("PmtId"));
            x.writeTextElement(QStringLiteral("EndToEndId"), t.endToEndId);
            x.writeEndElement();
            x.writeStartElement(QStringLiteral("InstdAmt"));
            x.writeAttribute(QStringLiteral("Ccy"), QStringLiteral("EUR"));
            x.writeCharacters(amountText(t.amount));
            x.writeEndElement();
            x.writeStartElement(QStringLiteral("DrctDbtTx"));
            x.writeStartElement(QStringLiteral("MndtRltdInf"));
            x.writeTextElement(QStringLiteral("MndtId"), t.mandateReference);
            x.writeTextElement(QStringLiteral("DtOfSgntr"), t.mandateSigned.toString(Qt::ISODate));
            x.writeEndElement();
            x.writeEndElement();
            agent(x, "DbtrAgt", t.debtorBic);
            x.writeStartElement(QStringLiteral("Dbtr"));
            x.writeTextElement(QStringLiteral("Nm"), sepaText(t.debtorName, 70));
            x.writeEndElement();
            account(x, "DbtrAcct", t.debtorIban);
            x.writeStartElement(QStringLiteral("RmtInf"));
            x.writeTextElement(QStringLiteral("Ustrd"), sepaText(t.remittance, 140));
            x.writeEndElement();
            x.writeEndElement(); // DrctDbtTxInf
        }
        x.writeEndElement(); // PmtInf
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}
