#include "CliHandoffCommands.h"

#include "DocumentMailer.h"
#include "EInvoiceService.h"
#include "HandoffProcessor.h"
#include "HandoffSettingsService.h"
#include "PartySnapshot.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliHandoffCommands", text, disambiguation, n);
}

Result<bool> yesNo(CliSession &s, const char *name)
{
    const QString value = s.args.option(QString::fromLatin1(name));
    if (value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("no"))
        return false;
    return Error::invalid(tr("--%1 is yes or no.").arg(QLatin1String(name)));
}

Result<int> settleSeconds(CliSession &s, int fallback)
{
    auto seconds = s.count(QStringLiteral("settle-seconds"), fallback, 0, HandoffSettingsService::MaxSettleSeconds);
    if (!seconds)
        return seconds.error();
    return int(seconds.value());
}

// One line per job of an imported file, one per other file: outcome, file, then what happened.
void printResult(CliSession &s, const HandoffFileResult &r)
{
    const QString outcome = HandoffFileResult::outcomeKey(r.outcome);
    if (r.jobs.isEmpty() || r.outcome != HandoffOutcome::Imported) {
        s.line(QStringList {outcome, r.fileName, r.message.simplified()}.join(QLatin1Char('\t')));
        return;
    }
    for (const HandoffJobResult &j : r.jobs) {
        QStringList fields {outcome, r.fileName, j.jobId};
        if (!j.number.isEmpty())
            fields << j.number;
        else if (j.documentId > 0)
            fields << tr("draft %1").arg(j.documentId);
        else
            fields << tr("service order %1").arg(j.serviceOrderId);
        if (j.outboxId > 0)
            fields << tr("queued %1").arg(j.outboxId);
        if (!j.attention.isEmpty())
            fields << tr("needs attention: %1").arg(j.attention);
        s.line(fields.join(QLatin1Char('\t')));
    }
}

// The send rule from the command line: the customer's mail contact, the archived PDF and, like the
// window's bulk send, the e-invoice in the format the customer prefers (Factur-X in place of the
// PDF, UBL or CII beside it), all queued in one transaction.
HandoffProcessor::SendStep sendStep(Ledger &ledger)
{
    return [&ledger](qint64 documentId) -> Result<qint64> {
        auto document = ledger.context().documents.find(documentId, false);
        if (!document)
            return document.error();
        EInvoiceFormat format = EInvoiceFormat::None;
        auto customer = ledger.context().customers.find(document->customerId);
        if (customer && customer->einvoiceFormat != EInvoiceFormat::None)
            format = customer->einvoiceFormat;
        else if (auto frozen = PartySnapshot::parse(document->snapshot))
            format = frozen->preferredFormat;
        DocumentMailRequest request;
        request.documentId = documentId;
        DocumentMailer::AttachmentsHook attach;
        if (format != EInvoiceFormat::None)
            attach = [&ledger, documentId, format](QList<MailAttachment> &attachments) -> Status {
                auto einvoice = EInvoiceService(ledger).output(documentId, format, EInvoiceUse::Send);
                if (!einvoice)
                    return einvoice.error();
                const bool pdf = format == EInvoiceFormat::FacturX;
                const MailAttachment file {einvoice->fileName,
                    pdf ? QStringLiteral("application/pdf") : QStringLiteral("application/xml"), einvoice->bytes};
                if (pdf)
                    attachments = {file};
                else
                    attachments.append(file);
                return {};
            };
        return DocumentMailer(ledger).queue(request, attach);
    };
}

Status run(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("settle-seconds")}, QStringLiteral("handoff run")));
    auto settings = HandoffSettingsService(s.ledger->context(), s.ledger->audit()).load();
    if (!settings)
        return settings.error();
    auto seconds = settleSeconds(s, settings->settleSeconds);
    if (!seconds)
        return seconds.error();
    settings->settleSeconds = seconds.value();
    Ledger &ledger = *s.ledger;
    HandoffProcessor processor(ledger, sendStep(ledger));
    auto results = processor.runOnce(settings.value(), s.systemClock.nowUtc());
    if (!results)
        return results.error();
    int failed = 0;
    QJsonArray json;
    for (const HandoffFileResult &r : results.value()) {
        failed += r.outcome == HandoffOutcome::Failed || r.outcome == HandoffOutcome::Duplicate ? 1 : 0;
        if (s.args.json)
            json.append(r.toJson());
        else
            printResult(s, r);
    }
    if (s.args.json)
        s.json(json);
    if (failed > 0)
        return Error::refused(
            tr("%n file(s) could not be imported: see the error files in %1.", nullptr, failed)
                .arg(QDir::toNativeSeparators(QDir(settings->folder).filePath(QStringLiteral("failed")))));
    return {};
}

Status log(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("limit")}, QStringLiteral("handoff log")));
    auto limit = s.count(QStringLiteral("limit"), 20, 1, 10000);
    if (!limit)
        return limit.error();
    auto settings = HandoffSettingsService(s.ledger->context(), s.ledger->audit()).load();
    if (!settings)
        return settings.error();
    auto imported = HandoffProcessor(*s.ledger).recent(int(limit.value()));
    if (!imported)
        return imported.error();
    QList<HandoffFileResult> all
        = imported.value() + HandoffProcessor::failedFiles(settings->folder, int(limit.value()));
    std::stable_sort(
        all.begin(), all.end(), [](const HandoffFileResult &a, const HandoffFileResult &b) { return a.when > b.when; });
    all = all.mid(0, limit.value());
    QJsonArray json;
    for (const HandoffFileResult &r : std::as_const(all)) {
        if (s.args.json) {
            json.append(r.toJson());
            continue;
        }
        if (r.outcome != HandoffOutcome::Imported) {
            s.line(QStringList {r.when, HandoffFileResult::outcomeKey(r.outcome), r.fileName, r.message}.join(
                QLatin1Char('\t')));
            continue;
        }
        for (const HandoffJobResult &j : r.jobs)
            s.line(QStringList {r.when, HandoffFileResult::outcomeKey(r.outcome), r.fileName, j.jobId,
                j.number.isEmpty() ? tr("draft %1").arg(j.documentId) : j.number, j.attention}
                       .join(QLatin1Char('\t')));
    }
    if (s.args.json)
        s.json(json);
    return {};
}
} // namespace

Status CliHandoffCommands::handoff(CliSession &s)
{
    s.args.verbWords = 2;
    const QString sub = s.args.words.value(1);
    if (sub == QLatin1String("run"))
        return run(s);
    if (sub == QLatin1String("log"))
        return log(s);
    return Error::invalid(tr("Unknown command 'handoff %1' (run, log).").arg(sub));
}

Status CliHandoffCommands::settings(CliSession &s)
{
    const QStringList options {QStringLiteral("folder"), QStringLiteral("draft"), QStringLiteral("post"),
        QStringLiteral("send"), QStringLiteral("settle-seconds")};
    FACTURO_TRY(s.args.allowOnly(options, QStringLiteral("settings handoff")));
    HandoffSettingsService service(s.ledger->context(), s.ledger->audit());
    auto loaded = service.load();
    if (!loaded)
        return loaded.error();
    HandoffSettings settings = loaded.value();
    bool changing = false;
    for (const QString &option : options)
        changing = changing || s.args.has(option);
    if (changing) {
        if (s.args.has(QStringLiteral("folder")))
            settings.folder = s.args.option(QStringLiteral("folder"));
        struct Rule
        {
            const char *option;
            bool *value;
        };
        for (const Rule &rule :
            {Rule {"draft", &settings.makeDraft}, Rule {"post", &settings.post}, Rule {"send", &settings.send}}) {
            if (!s.args.has(QString::fromLatin1(rule.option)))
                continue;
            auto on = yesNo(s, rule.option);
            if (!on)
                return on.error();
            *rule.value = on.value();
        }
        auto seconds = settleSeconds(s, settings.settleSeconds);
        if (!seconds)
            return seconds.error();
        settings.settleSeconds = seconds.value();
        FACTURO_TRY(service.save(settings));
        loaded = service.load();
        if (!loaded)
            return loaded.error();
        settings = loaded.value();
    }
    const auto yes = [](bool on) { return on ? QStringLiteral("yes") : QStringLiteral("no"); };
    s.record({{QStringLiteral("folder"), settings.folder}, {QStringLiteral("draft"), yes(settings.makeDraft)},
        {QStringLiteral("post"), yes(settings.post)}, {QStringLiteral("send"), yes(settings.send)},
        {QStringLiteral("settle_seconds"), settings.settleSeconds}});
    return {};
}
