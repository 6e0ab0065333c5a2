#include "CliBankCommands.h"

#include "BankCsvProfile.h"
#include "Iban.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CliBankCommands", text);
}

QJsonObject proposalJson(const MatchProposal &p)
{
    QJsonArray allocations;
    for (const MatchAllocation &a : p.allocations)
        allocations.append(QJsonObject {{QStringLiteral("invoice"), a.number},
            {QStringLiteral("document_id"), a.documentId}, {QStringLiteral("amount_minor"), a.amount}});
    return QJsonObject {{QStringLiteral("reason"), MatchProposal::reasonKey(p.reason)},
        {QStringLiteral("explanation"), p.explanation}, {QStringLiteral("automatic"), p.automatic()},
        {QStringLiteral("invoices"), allocations}};
}

QJsonObject entryJson(CliSession &s, const StatementEntry &e, const QList<MatchProposal> &proposals)
{
    QJsonArray list;
    for (const MatchProposal &p : proposals)
        list.append(proposalJson(p));
    return QJsonObject {{QStringLiteral("id"), e.id},
        {QStringLiteral("booking_date"), e.bookingDate.toString(Qt::ISODate)},
        {QStringLiteral("value_date"), e.valueDate.toString(Qt::ISODate)},
        {QStringLiteral("direction"), e.credit ? QStringLiteral("credit") : QStringLiteral("debit")},
        {QStringLiteral("reversal"), e.reversal}, {QStringLiteral("return_reason"), e.returnReason},
        {QStringLiteral("amount"), s.money(e.amount)}, {QStringLiteral("amount_minor"), e.amount},
        {QStringLiteral("charges_minor"), e.charges}, {QStringLiteral("applied_minor"), e.appliedAmount},
        {QStringLiteral("status"), StatementEntryStatus::key(e.status)}, {QStringLiteral("debtor_name"), e.debtorName},
        {QStringLiteral("debtor_iban"), e.debtorIban}, {QStringLiteral("remittance"), e.remittance},
        {QStringLiteral("structured_reference"), e.structuredReference},
        {QStringLiteral("end_to_end_id"), e.endToEndId}, {QStringLiteral("servicer_ref"), e.servicerRef},
        {QStringLiteral("proposals"), list}};
}

void printAuto(CliSession &s, const ReconciliationAutoSummary &a)
{
    s.record(QJsonObject {{QStringLiteral("examined"), a.examined}, {QStringLiteral("applied"), a.applied},
        {QStringLiteral("amount"), s.money(a.amount)}, {QStringLiteral("unapplied"), s.money(a.unapplied)},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(a.skipped)}});
}

Status importStatement(CliSession &s)
{
    FACTURO_TRY(
        s.args.allowOnly({QStringLiteral("account"), QStringLiteral("profile")}, QStringLiteral("bank import")));
    auto file = s.args.positional(0, tr("statement file"));
    if (!file)
        return file.error();
    StatementImportService importer(*s.ledger);
    std::optional<BankCsvProfile> profile;
    if (s.args.has(QStringLiteral("profile"))) {
        auto p = importer.profile(s.args.option(QStringLiteral("profile")));
        if (!p)
            return p.error();
        profile = p.value();
    }
    auto done
        = importer.importFile(file.value(), s.args.option(QStringLiteral("account")), profile ? &*profile : nullptr);
    if (!done)
        return done.error();
    QJsonObject report {{QStringLiteral("format"),
                            done->format + (done->version.isEmpty() ? QString() : QLatin1Char('.') + done->version)},
        {QStringLiteral("account"), Iban::grouped(done->accountIban)}, {QStringLiteral("entries read"), done->read},
        {QStringLiteral("new"), done->added}, {QStringLiteral("already known"), done->known},
        {QStringLiteral("debits"), done->debits}, {QStringLiteral("returned or reversed"), done->returned},
        {QStringLiteral("direct debits returned"), done->debitsReturned},
        {QStringLiteral("charges"), s.money(done->charges)}};
    ReconciliationService reconciliation(*s.ledger);
    auto autoOn = reconciliation.autoApplyReferences();
    if (!autoOn)
        return autoOn.error();
    if (autoOn.value() && done->added > 0) {
        auto applied = reconciliation.applyReferences();
        if (!applied)
            return applied.error();
        report.insert(QStringLiteral("applied by reference"), applied->applied);
    }
    s.record(report);
    return {};
}

Status list(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("unmatched"), QStringLiteral("limit")}, QStringLiteral("bank list")));
    auto limit = s.count(QStringLiteral("limit"), 1000, 1, 1000000);
    if (!limit)
        return limit.error();
    ReconciliationService reconciliation(*s.ledger);
    const bool unmatched = s.args.flag(QStringLiteral("unmatched"));
    auto entries = reconciliation.entries().list(unmatched, limit.value());
    if (!entries)
        return entries.error();
    QJsonArray rows;
    for (const StatementEntry &e : entries.value()) {
        QList<MatchProposal> proposals;
        if (e.status == StatementEntry::Status::Open) {
            auto p = reconciliation.proposals(e.id);
            if (!p)
                return p.error();
            proposals = p.value();
        }
        if (s.args.json) {
            rows.append(entryJson(s, e, proposals));
            continue;
        }
        QString proposal;
        if (!proposals.isEmpty()) {
            QStringList numbers;
            for (const MatchAllocation &a : proposals.first().allocations)
                numbers << a.number + QLatin1Char('=') + s.money(a.amount);
            proposal = MatchProposal::reasonKey(proposals.first().reason) + QLatin1Char(' ')
                + numbers.join(QLatin1Char(','));
        }
        s.line(QStringList {QString::number(e.id), e.bookingDate.toString(Qt::ISODate),
            (e.credit ? QString() : QStringLiteral("-")) + s.money(e.amount),
            StatementEntryStatus::key(e.status) + (e.reversal ? QStringLiteral(" (returned)") : QString()),
            e.debtorName, e.remittance.left(60), proposal}
                   .join(QLatin1Char('\t')));
    }
    if (s.args.json)
        s.json(rows);
    return {};
}

Status match(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("bank match")));
    auto entryText = s.args.positional(0, tr("statement entry id"));
    if (!entryText)
        return entryText.error();
    auto entryId = s.id(entryText.value(), tr("statement entry"));
    if (!entryId)
        return entryId.error();
    if (s.args.words.size() < s.args.verbWords + 2)
        return Error::invalid(tr("Name at least one invoice: bank match ENTRY INVOICE[=AMOUNT]..."));
    ReconciliationService reconciliation(*s.ledger);
    auto entry = reconciliation.entries().find(entryId.value());
    if (!entry)
        return entry.error();
    MatchCandidateRepository candidates(s.ledger->database());
    qint64 left = entry->unapplied();
    QList<MatchAllocation> allocations;
    for (qsizetype i = s.args.verbWords + 1; i < s.args.words.size(); ++i) {
        const QString word = s.args.words.at(i);
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        auto id = s.documentId(eq < 0 ? word : word.left(eq));
        if (!id)
            return id.error();
        auto open = candidates.openInvoice(id.value());
        if (!open)
            return open.error();
        MatchAllocation a {id.value(), open->number, 0};
        if (eq >= 0) {
            auto amount = s.amount(word.mid(eq + 1));
            if (!amount)
                return amount.error().prefixed(word);
            a.amount = amount.value();
        } else {
            a.amount = std::min(left, open->due); // what is due, as far as the entry goes
        }
        if (a.amount <= 0)
            return Error::refused(
                tr("Nothing of statement entry %1 is left for %2.").arg(entryId.value()).arg(open->number));
        left -= a.amount;
        allocations.append(a);
    }
    auto applied = reconciliation.apply(entryId.value(), allocations, QStringLiteral("manual"));
    if (!applied)
        return applied.error();
    s.line(s.money(applied.value()));
    return {};
}

Status profile(CliSession &s)
{
    const QStringList known {QStringLiteral("separator"), QStringLiteral("decimal-mark"), QStringLiteral("date-format"),
        QStringLiteral("date"), QStringLiteral("value-date"), QStringLiteral("amount"), QStringLiteral("credit"),
        QStringLiteral("debit"), QStringLiteral("currency"), QStringLiteral("name"), QStringLiteral("iban"),
        QStringLiteral("remittance"), QStringLiteral("reference")};
    FACTURO_TRY(s.args.allowOnly(known, QStringLiteral("bank profile")));
    auto name = s.args.positional(0, tr("profile name"));
    if (!name)
        return name.error();
    BankCsvProfile p;
    p.name = name.value();
    const QString sep = s.args.option(QStringLiteral("separator"), QStringLiteral(";"));
    p.separator = sep == QLatin1String("tab") ? QLatin1Char('\t') : sep.isEmpty() ? QChar() : sep.at(0);
    const QString mark = s.args.option(QStringLiteral("decimal-mark"), QStringLiteral(","));
    p.decimalMark = mark.isEmpty() ? QChar() : mark.at(0);
    p.dateFormat = s.args.option(QStringLiteral("date-format"), QStringLiteral("dd.MM.yyyy"));
    p.dateColumn = s.args.option(QStringLiteral("date"));
    p.valueDateColumn = s.args.option(QStringLiteral("value-date"));
    p.amountColumn = s.args.option(QStringLiteral("amount"));
    p.creditColumn = s.args.option(QStringLiteral("credit"));
    p.debitColumn = s.args.option(QStringLiteral("debit"));
    p.currencyColumn = s.args.option(QStringLiteral("currency"));
    p.nameColumn = s.args.option(QStringLiteral("name"));
    p.ibanColumn = s.args.option(QStringLiteral("iban"));
    p.remittanceColumn = s.args.option(QStringLiteral("remittance"));
    p.referenceColumn = s.args.option(QStringLiteral("reference"));
    StatementImportService importer(*s.ledger);
    return importer.saveProfile(p);
}
} // namespace

Status CliBankCommands::bank(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("import"))
        return importStatement(s);
    if (sub == QLatin1String("list"))
        return list(s);
    if (sub == QLatin1String("match"))
        return match(s);
    if (sub == QLatin1String("auto")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("bank auto")));
        ReconciliationService reconciliation(*s.ledger);
        auto done = reconciliation.applyReferences(
            [&s](qint64 done, qint64 total) { s.progress(tr("Applying bank entries"), done, total); });
        if (!done)
            return done.error();
        printAuto(s, done.value());
        return {};
    }
    if (sub == QLatin1String("leave")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("bank leave")));
        auto entry = s.args.positional(0, tr("statement entry id"));
        if (!entry)
            return entry.error();
        auto id = s.id(entry.value(), tr("statement entry"));
        if (!id)
            return id.error();
        ReconciliationService reconciliation(*s.ledger);
        return reconciliation.leave(id.value());
    }
    if (sub == QLatin1String("profile"))
        return profile(s);
    if (sub == QLatin1String("settings")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("auto-apply")}, QStringLiteral("bank settings")));
        ReconciliationService reconciliation(*s.ledger);
        if (s.args.has(QStringLiteral("auto-apply"))) {
            const QString v = s.args.option(QStringLiteral("auto-apply"));
            if (v != QLatin1String("yes") && v != QLatin1String("no"))
                return Error::invalid(tr("--auto-apply is yes or no."));
            FACTURO_TRY(reconciliation.setAutoApplyReferences(v == QLatin1String("yes")));
        }
        auto on = reconciliation.autoApplyReferences();
        if (!on)
            return on.error();
        s.record({{QStringLiteral("auto-apply"), on.value() ? QStringLiteral("yes") : QStringLiteral("no")}});
        return {};
    }
    return Error::invalid(QCoreApplication::translate("CliBankCommands",
        "Unknown command 'bank %1' (import, list, match, auto, leave, "
        "profile, settings).")
                              .arg(sub));
}
