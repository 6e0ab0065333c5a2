#include "CamtReader.h"

#include "Currency.h"
#include "DecimalText.h"
#include "Iban.h"
#include "Money.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace {
// One TxDtls while it is read.
struct Transaction
{
    StatementEntry entry;
    bool hasAmount = false;
    QString creditDebit;
};

struct EntryState
{
    StatementEntry entry; // the Ntry-level fields
    QString creditDebit;
    QString status;
    bool hasAmount = false;
    QList<Transaction> transactions;
    int number = 0; // 1-based position in the statement, for messages
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CamtReader)
public:
    explicit Parser(const QByteArray &bytes)
        : m_xml(bytes)
    { }

    Result<QList<ParsedStatement>> run(const QByteArray &sha256);

private:
    // rest: the element's path below the statement ("Acct/Id/IBAN", "Ntry/Amt").
    Status element(const QString &rest, const QString &text);
    Status finishEntry();
    Result<qint64> amount(const QString &text, const QString &currency, const QString &what) const;
    QString where() const;

    QXmlStreamReader m_xml;
    QString m_message, m_version;
    QList<ParsedStatement> m_statements;
    ParsedStatement *m_statement = nullptr;
    EntryState *m_entry = nullptr;
    EntryState m_entryStorage;
    Transaction *m_tx = nullptr;
    int m_entryCount = 0;
    QString m_amountCurrency; // the Ccy attribute of the Amt element being read
};

QDate isoDate(const QString &text)
{
    // Dt is a date; DtTm a date and time, possibly with an offset: its date part is what was booked.
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QString afterPrefix(const QString &path, const QString &prefix)
{
    return path.startsWith(prefix) ? path.mid(prefix.size()) : QString();
}
} // namespace

bool CamtReader::recognise(const QString &uri, QString *message, QString *version)
{
    static const QRegularExpression pattern(
        QStringLiteral("^urn:iso:std:iso:20022:tech:xsd:(camt\\.05[34])\\.(001\\.0[2-8])$"));
    const auto match = pattern.match(uri);
    if (!match.hasMatch())
        return false;
    *message = match.captured(1);
    *version = match.captured(2);
    return true;
}

Result<QList<ParsedStatement>> CamtReader::parse(const QByteArray &bytes)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    Parser parser(bytes);
    return parser.run(sha);
}

QString Parser::where() const
{
    return m_entry ? tr("entry %1").arg(m_entry->number) : tr("line %1").arg(m_xml.lineNumber());
}

Result<qint64> Parser::amount(const QString &text, const QString &currency, const QString &what) const
{
    if (currency.isEmpty())
        return Error::invalid(tr("The %1 of %2 has no currency (Ccy).").arg(what, where()));
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(currency).hasMatch())
        return Error::invalid(tr("The %1 of %2 has an invalid currency '%3'.").arg(what, where(), currency));
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,18}(\\.[0-9]{1,5})?$"));
    if (!plain.match(text).hasMatch())
        return Error::invalid(tr("The %1 of %2 is not an amount: '%3'.").arg(what, where(), text.left(40)));
    DecimalText::Options options;
    options.scale = Currency::minorDigits(currency);
    options.allowNegative = false;
    options.maxAbsScaled = Money::MaxMinor;
    auto parsed = DecimalText::parse(text, options);
    if (!parsed)
        return parsed.error().prefixed(tr("The %1 of %2 ('%3')").arg(what, where(), text.left(40)));
    return parsed.value();
}

Result<QList<ParsedStatement>> Parser::run(const QByteArray &sha256)
{
    QStringList path; // local names from the message's root (BkToCstmrStmt / BkToCstmrDbtCdtNtfctn) down
    QString below; // the names below the statement joined by '/': "Ntry/NtryDtls/TxDtls/Refs"
    QString text;
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = m_xml.name().toString();
            if (!sawRoot) {
                sawRoot = true;
                if (name != QLatin1String("Document")
                    || !CamtReader::recognise(m_xml.namespaceUri().toString(), &m_message, &m_version))
                    return Error::invalid(
                        tr("This file is not a bank statement: an ISO 20022 camt.053 or camt.054 message (versions "
                           "001.02 to 001.08) was expected, the file starts with <%1> in the namespace '%2'.")
                            .arg(name, m_xml.namespaceUri().toString().left(120)));
                continue;
            }
            path.append(name);
            if (path.size() > 2) {
                if (!below.isEmpty())
                    below += QLatin1Char('/');
                below += name;
            }
            text.clear();
            if (path.size() == 2 && (name == QLatin1String("Stmt") || name == QLatin1String("Ntfctn"))) {
                ParsedStatement s;
                s.format = m_message;
                s.version = m_version;
                s.sha256 = sha256;
                m_statements.append(s);
                m_statement = &m_statements.last();
            } else if (m_statement && path.size() == 3 && name == QLatin1String("Ntry")) {
                m_entryStorage = EntryState();
                m_entryStorage.number = ++m_entryCount;
                m_entry = &m_entryStorage;
            } else if (m_entry && name == QLatin1String("TxDtls") && path.size() == 5) {
                m_entry->transactions.append(Transaction());
                m_tx = &m_entry->transactions.last();
            }
            if (name == QLatin1String("Amt") || name == QLatin1String("TtlChrgsAndTaxAmt"))
                m_amountCurrency = m_xml.attributes().value(QLatin1String("Ccy")).toString();
        } else if (token == QXmlStreamReader::Characters) {
            text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.isEmpty())
                continue;
            if (path.size() > 2) {
                FACTURO_TRY(element(below, text.trimmed()));
                below.truncate(std::max<qsizetype>(0, below.lastIndexOf(QLatin1Char('/'))));
            }
            const QString name = path.takeLast();
            if (name == QLatin1String("TxDtls") && m_tx && path.size() == 4)
                m_tx = nullptr;
            else if (name == QLatin1String("Ntry") && m_entry && path.size() == 2) {
                FACTURO_TRY(finishEntry());
                m_entry = nullptr;
            }
            text.clear();
        }
    }
    if (m_xml.hasError())
        return Error::invalid(tr("The statement is not well-formed XML (line %1, column %2): %3")
                                  .arg(m_xml.lineNumber())
                                  .arg(m_xml.columnNumber())
                                  .arg(m_xml.errorString()));
    if (m_statements.isEmpty())
        return Error::invalid(tr("The %1 message holds no statement.").arg(m_message));
    for (ParsedStatement &s : m_statements) {
        if (s.statementRef.isEmpty())
            return Error::invalid(tr("A statement of the file has no identification (Id)."));
        if (s.accountIban.isEmpty())
            return Error::invalid(tr("Statement %1 names no account IBAN.").arg(s.statementRef));
        StatementEntryKeys::assign(s);
    }
    return m_statements;
}

Status Parser::element(const QString &rest, const QString &text)
{
    if (!m_statement)
        return {};
    if (!m_entry) {
        if (rest == QLatin1String("Id"))
            m_statement->statementRef = text;
        else if (rest == QLatin1String("Acct/Id/IBAN"))
            m_statement->accountIban = Iban::normalized(text);
        else if (rest == QLatin1String("Acct/Ccy"))
            m_statement->currency = text;
        return {};
    }
    if (m_tx) {
        const QString tx = afterPrefix(rest, QStringLiteral("Ntry/NtryDtls/TxDtls/"));
        StatementEntry &e = m_tx->entry;
        if (tx == QLatin1String("Refs/AcctSvcrRef"))
            e.servicerRef = text;
        else if (tx == QLatin1String("Refs/EndToEndId"))
            e.endToEndId = text == QLatin1String("NOTPROVIDED") ? QString() : text;
        else if (tx == QLatin1String("AmtDtls/TxAmt/Amt") || tx == QLatin1String("Amt")) {
            auto a = amount(text, m_amountCurrency, tr("transaction amount"));
            if (!a)
                return a.error();
            e.amount = a.value();
            e.currency = m_amountCurrency;
            m_tx->hasAmount = true;
        } else if (tx == QLatin1String("CdtDbtInd"))
            m_tx->creditDebit = text;
        else if (tx == QLatin1String("RltdPties/Dbtr/Nm") || tx == QLatin1String("RltdPties/Dbtr/Pty/Nm"))
            e.debtorName = text.simplified();
        else if (tx == QLatin1String("RltdPties/DbtrAcct/Id/IBAN"))
            e.debtorIban = Iban::normalized(text);
        else if (tx == QLatin1String("RmtInf/Ustrd"))
            e.remittance = (e.remittance + QLatin1Char(' ') + text).simplified();
        else if (tx == QLatin1String("RmtInf/Strd/CdtrRefInf/Ref"))
            e.structuredReference = text.simplified();
        else if (tx == QLatin1String("RtrInf/Rsn/Cd")) {
            e.returnReason = text;
            e.reversal = true;
        } else if (tx == QLatin1String("RtrInf/Rsn/Prtry")) {
            e.reversal = true;
            if (e.returnReason.isEmpty())
                e.returnReason = text;
        } else if (tx == QLatin1String("Chrgs/Amt") || tx == QLatin1String("Chrgs/Rcrd/Amt")) {
            auto a = amount(text, m_amountCurrency, tr("charge"));
            if (!a)
                return a.error();
            e.charges += a.value();
        }
        return {};
    }
    const QString ntry = afterPrefix(rest, QStringLiteral("Ntry/"));
    StatementEntry &e = m_entry->entry;
    if (ntry == QLatin1String("Amt")) {
        auto a = amount(text, m_amountCurrency, tr("amount"));
        if (!a)
            return a.error();
        e.amount = a.value();
        e.currency = m_amountCurrency;
        m_entry->hasAmount = true;
    } else if (ntry == QLatin1String("CdtDbtInd"))
        m_entry->creditDebit = text;
    else if (ntry == QLatin1String("RvslInd"))
        e.reversal = text == QLatin1String("true") || text == QLatin1String("1");
    else if (ntry == QLatin1String("Sts") || ntry == QLatin1String("Sts/Cd"))
        m_entry->status = text;
    else if (ntry == QLatin1String("BookgDt/Dt") || ntry == QLatin1String("BookgDt/DtTm"))
        e.bookingDate = isoDate(text);
    else if (ntry == QLatin1String("ValDt/Dt") || ntry == QLatin1String("ValDt/DtTm"))
        e.valueDate = isoDate(text);
    else if (ntry == QLatin1String("NtryRef"))
        e.entryRef = text;
    else if (ntry == QLatin1String("AcctSvcrRef"))
        e.servicerRef = text;
    else if (ntry == QLatin1String("Chrgs/Amt") || ntry == QLatin1String("Chrgs/Rcrd/Amt")) {
        auto a = amount(text, m_amountCurrency, tr("charge"));
        if (!a)
            return a.error();
        e.charges += a.value();
    }
    return {};
}

Status Parser::finishEntry()
{
    EntryState &n = *m_entry;
    if (!n.hasAmount)
        return Error::invalid(tr("%1 of statement %2 has no amount.").arg(where(), m_statement->statementRef));
    if (n.creditDebit != QLatin1String("CRDT") && n.creditDebit != QLatin1String("DBIT"))
        return Error::invalid(tr("%1 of statement %2 says neither credit nor debit (CdtDbtInd '%3').")
                                  .arg(where(), m_statement->statementRef, n.creditDebit));
    if (n.entry.amount <= 0)
        return Error::invalid(tr("%1 of statement %2 has a zero amount.").arg(where(), m_statement->statementRef));
    // Pending or information-only entries are not on the account yet: the booked statement brings them.
    if (!n.status.isEmpty() && n.status != QLatin1String("BOOK"))
        return {};
    StatementEntry base = n.entry;
    base.credit = n.creditDebit == QLatin1String("CRDT");
    if (!base.bookingDate.isValid())
        base.bookingDate = base.valueDate;
    if (!base.bookingDate.isValid())
        return Error::invalid(tr("%1 of statement %2 has no booking date.").arg(where(), m_statement->statementRef));
    // A batch is split into its transactions when each states its amount; otherwise the entry
    // stays whole, with what its transactions say about the payer and the remittance.
    bool split = n.transactions.size() > 1;
    for (const Transaction &t : n.transactions)
        split = split && t.hasAmount;
    if (!split) {
        StatementEntry one = base;
        for (const Transaction &t : n.transactions) {
            const StatementEntry &d = t.entry;
            if (one.debtorName.isEmpty())
                one.debtorName = d.debtorName;
            if (one.debtorIban.isEmpty())
                one.debtorIban = d.debtorIban;
            if (one.endToEndId.isEmpty())
                one.endToEndId = d.endToEndId;
            if (one.structuredReference.isEmpty())
                one.structuredReference = d.structuredReference;
            one.remittance = (one.remittance + QLatin1Char(' ') + d.remittance).simplified();
            if (d.reversal) {
                one.reversal = true;
                one.returnReason = d.returnReason;
            }
            one.charges += d.charges;
            if (one.servicerRef.isEmpty() && n.transactions.size() == 1)
                one.servicerRef = d.servicerRef;
        }
        m_statement->entries.append(one);
        return {};
    }
    for (const Transaction &t : n.transactions) {
        StatementEntry e = t.entry;
        e.credit = t.creditDebit.isEmpty() ? base.credit : t.creditDebit == QLatin1String("CRDT");
        e.reversal = e.reversal || base.reversal;
        e.bookingDate = base.bookingDate;
        e.valueDate = base.valueDate;
        e.entryRef = base.entryRef;
        if (e.servicerRef.isEmpty())
            e.servicerRef = base.servicerRef;
        if (e.amount <= 0)
            return Error::invalid(
                tr("A transaction of %1 of statement %2 has a zero amount.").arg(where(), m_statement->statementRef));
        m_statement->entries.append(e);
    }
    if (base.charges > 0) // charges booked on the batch as a whole: kept on its first transaction
        m_statement->entries[m_statement->entries.size() - n.transactions.size()].charges += base.charges;
    return {};
}
