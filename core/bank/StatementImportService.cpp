#include "StatementImportService.h"

#include "BankCsvReader.h"
#include "CamtReader.h"
#include "DirectDebitService.h"
#include "Iban.h"
#include "Money.h"
#include "StatementRepository.h"
#include "Transaction.h"

#include <QFile>
#include <QJsonDocument>

namespace {
QString profileKey(const QString &name)
{
    return QStringLiteral("bank.csv_profile.") + name.trimmed().toLower();
}
} // namespace

Result<StatementImportSummary> StatementImportService::importFile(
    const QString &path, const QString &account, const BankCsvProfile *profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(tr("Could not read %1: %2").arg(path, file.errorString()));
    if (file.size() > 512LL * 1024 * 1024)
        return Error::invalid(tr("%1 is too large to be a bank statement.").arg(path));
    return importBytes(file.readAll(), account, profile);
}

Status StatementImportService::checkStatement(
    const ParsedStatement &s, const QString &account, const QString &companyIban, const QString &currency) const
{
    const QString wanted = account.isEmpty() ? companyIban : account;
    if (s.accountIban != wanted)
        return Error::refused(account.isEmpty()
                ? tr("Statement %1 is for account %2, not the company's account %3: name the "
                     "account with --account to import it. Nothing was imported.")
                      .arg(s.statementRef, Iban::grouped(s.accountIban), Iban::grouped(wanted))
                : tr("Statement %1 is for account %2, not %3. Nothing was imported.")
                      .arg(s.statementRef, Iban::grouped(s.accountIban), Iban::grouped(wanted)));
    auto foreign = [&](const QString &ccy) {
        return Error::refused(tr("Statement %1 is in %2 but the company keeps its books in %3: only payments in %3 "
                                 "can be recorded. Nothing was imported.")
                                  .arg(s.statementRef, ccy, currency));
    };
    if (!s.currency.isEmpty() && s.currency != currency)
        return foreign(s.currency);
    for (const StatementEntry &e : s.entries)
        if (e.currency != currency)
            return foreign(e.currency);
    return {};
}

Result<StatementImportSummary> StatementImportService::importBytes(
    const QByteArray &bytes, const QString &accountText, const BankCsvProfile *profile)
{
    LedgerContext &ctx = m_ledger.context();
    auto company = ctx.company.load();
    if (!company)
        return company.error();
    const QString currency = company->currency;
    const QString account = Iban::normalized(accountText);
    if (!account.isEmpty() && !Iban::isValid(account))
        return Error::invalid(tr("'%1' is not a valid IBAN.").arg(accountText));

    QList<ParsedStatement> statements;
    if (profile) {
        auto csv = BankCsvReader::parse(bytes, *profile, account.isEmpty() ? company->iban : account, currency);
        if (!csv)
            return csv.error();
        statements.append(csv.value());
    } else {
        const QByteArray head = bytes.left(256).trimmed();
        if (!head.startsWith('<') && !head.startsWith("\xEF\xBB\xBF<"))
            return Error::invalid(tr("This file is not a bank statement: a camt.053 or camt.054 XML file was "
                                     "expected (for a CSV export, name its bank profile with --profile)."));
        auto camt = CamtReader::parse(bytes);
        if (!camt)
            return camt.error();
        statements = camt.value();
    }
    for (const ParsedStatement &s : std::as_const(statements))
        FACTURO_TRY(checkStatement(s, account, Iban::normalized(company->iban), currency));

    StatementImportSummary summary;
    summary.format = statements.first().format;
    summary.version = statements.first().version;
    summary.accountIban = statements.first().accountIban;
    StatementRepository repo(ctx.db);
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    for (ParsedStatement &s : statements) {
        summary.read += static_cast<int>(s.entries.size());
        QList<StatementEntry> fresh;
        for (const StatementEntry &e : std::as_const(s.entries)) {
            auto known = repo.hasEntry(e.key);
            if (!known)
                return known.error();
            if (known.value())
                ++summary.known;
            else
                fresh.append(e);
        }
        if (fresh.isEmpty())
            continue; // the same statement again (or entries another statement brought): nothing changes
        auto statementId = repo.findStatement(s);
        if (!statementId)
            return statementId.error();
        qint64 sid = statementId.value();
        if (sid == 0) {
            auto inserted = repo.insertStatement(s, ctx.clock.nowUtc(), ctx.user.name);
            if (!inserted)
                return inserted.error();
            sid = inserted.value();
        }
        qint64 amountIn = 0;
        for (StatementEntry e : std::as_const(fresh)) {
            e.statementId = sid;
            e.status = e.isPaymentIn() ? StatementEntry::Status::Open : StatementEntry::Status::NotAPayment;
            auto id = repo.insertEntry(e);
            if (!id)
                return id.error();
            summary.addedIds.append(id.value());
            ++summary.added;
            summary.debits += e.credit ? 0 : 1;
            summary.returned += e.reversal ? 1 : 0;
            if (!e.credit && e.reversal && !e.endToEndId.isEmpty()) {
                auto back = recordReturnedDebit(e);
                if (!back)
                    return back.error();
                summary.debitsReturned += back.value() ? 1 : 0;
            }
            summary.charges += e.charges;
            amountIn += e.isPaymentIn() ? e.amount : 0;
        }
        FACTURO_TRY(m_ledger.audit().record(QStringLiteral("bank_statement"), sid, QStringLiteral("import"),
            {{QStringLiteral("format"), s.format}, {QStringLiteral("statement"), s.statementRef},
                {QStringLiteral("account"), s.accountIban}, {QStringLiteral("sha256"), QString::fromLatin1(s.sha256)},
                {QStringLiteral("entries"), fresh.size()}, {QStringLiteral("credits"), amountIn}}));
    }
    FACTURO_TRY(tx.commit());
    return summary;
}

// A returned debit whose end-to-end id is one of the company's collections reopens its invoice,
// with the bank's charges as the fee, in the import's transaction. Another end-to-end id (a debit
// someone else collected), a collection already returned or a date the return cannot have is
// only reported (false).
Result<bool> StatementImportService::recordReturnedDebit(const StatementEntry &e)
{
    DirectDebitService debits(m_ledger.context(), m_ledger.audit(), m_ledger.payments(), m_ledger.drafts());
    DebitReturnRequest request;
    request.endToEndId = e.endToEndId;
    request.fee = e.charges;
    request.reason = e.returnReason;
    request.date = e.bookingDate;
    auto returned = debits.recordReturn(request);
    if (returned)
        return true;
    if (returned.error().kind() == ErrorKind::Storage)
        return returned.error();
    return false; // not ours, already returned, or dated oddly: the entry stays reported for the clerk
}

Status StatementImportService::saveProfile(const BankCsvProfile &profile)
{
    FACTURO_TRY(profile.validate());
    LedgerContext &ctx = m_ledger.context();
    Transaction tx(ctx.db);
    FACTURO_TRY(tx.began());
    const QString text = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    FACTURO_TRY(ctx.company.setSetting(profileKey(profile.name), text));
    FACTURO_TRY(m_ledger.audit().record(QStringLiteral("settings"), 0, QStringLiteral("bank_csv_profile"),
        {{QStringLiteral("name"), profile.name}, {QStringLiteral("profile"), text}}));
    return tx.commit();
}

Result<BankCsvProfile> StatementImportService::profile(const QString &name) const
{
    auto text = m_ledger.context().company.setting(profileKey(name));
    if (!text)
        return text.error();
    if (text->isEmpty())
        return Error::notFound(tr("There is no CSV bank profile named '%1'.").arg(name));
    return BankCsvProfile::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}
