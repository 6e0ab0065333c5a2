#include "CliMailCommands.h"

#include "CliBackupCommands.h"
#include "CliMailSignInCommands.h"
#include "CliMoneyInCommands.h"
#include "CliPartyCommands.h"
#include "CliTermsCommands.h"
#include "CliHandoffCommands.h"
#include "DocumentMailer.h"
#include "KeychainTokenStore.h"
#include "MailCredentials.h"
#include "MailSettingsService.h"
#include "OAuthAuthorizer.h"
#include "OutboxSender.h"
#include "OutboxService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliMailCommands", text, disambiguation, n);
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

// Reads a line from the terminal without echoing it. Empty when standard input is not a terminal.
QString promptHidden(CliSession &s, const QString &prompt)
{
    if (isatty(STDIN_FILENO) != 1)
        return {};
    s.err << prompt;
    s.err.flush();
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    s.err << '\n';
    s.err.flush();
    return line;
}

// The password of this run: the environment, else the keychain (unless saving), else a prompt.
Result<QString> password(CliSession &s, const MailSettings &settings, bool forSaving)
{
    if (!settings.needsPassword())
        return QString();
    const QString fromEnvironment = qEnvironmentVariable("FACTURO_SMTP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString note;
    if (!forSaving) {
        const MailCredentials::Lookup lookup = MailCredentials::read(settings);
        if (lookup.found())
            return lookup.password;
        note = lookup.message;
    }
    const QString typed
        = promptHidden(s, tr("Password of %1 on the mail server %2: ").arg(settings.user, settings.host));
    if (!typed.isEmpty())
        return typed;
    if (forSaving)
        return QString(); // asked for when sending
    return Error::invalid((note.isEmpty() ? QString() : note + QLatin1Char(' '))
        + tr("Give the password of %1 on %2 in the environment variable FACTURO_SMTP_PASSWORD "
             "or run the command in a terminal to be asked for it.")
              .arg(settings.user, settings.host));
}

Result<qint64> idArgument(CliSession &s)
{
    auto text = s.args.positional(0, tr("outbox message id"));
    if (!text)
        return text.error();
    bool ok = false;
    const qint64 id = text->toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(tr("\"%1\" is not an outbox message id.").arg(text.value()));
    return id;
}

QJsonObject summaryJson(const OutboxSummary &m)
{
    return {{QStringLiteral("id"), m.id}, {QStringLiteral("status"), OutboxStatuses::key(m.status)},
        {QStringLiteral("kind"), MailKinds::key(m.kind)}, {QStringLiteral("document"), m.documentNumber},
        {QStringLiteral("document_id"), m.documentId}, {QStringLiteral("to"), QJsonArray::fromStringList(m.recipients)},
        {QStringLiteral("subject"), m.subject}, {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("max_attempts"), m.maxAttempts}, {QStringLiteral("last_error"), m.lastError},
        {QStringLiteral("next_attempt_at"), timeText(m.nextAttemptAt)}, {QStringLiteral("sent_at"), timeText(m.sentAt)},
        {QStringLiteral("created_at"), timeText(m.createdAt)}, {QStringLiteral("created_by"), m.createdBy},
        {QStringLiteral("size"), m.size}};
}

Status showSettings(CliSession &s, const MailSettings &m, MailSettingsService &service)
{
    auto from = service.sender(m);
    const QJsonObject json {{QStringLiteral("host"), m.host}, {QStringLiteral("port"), m.port},
        {QStringLiteral("security"), MailSettingsService::securityKey(m.security)}, {QStringLiteral("user"), m.user},
        {QStringLiteral("trusted_fingerprint"), m.trustedFingerprint},
        {QStringLiteral("from"), from ? from->toDisplayString() : QString()},
        {QStringLiteral("attempts"), m.maxAttempts}, {QStringLiteral("timeout"), m.timeoutSeconds},
        {QStringLiteral("sign_in"), m.oauth ? OAuthProvider::key(m.oauthProvider.kind) : QStringLiteral("password")},
        {QStringLiteral("client_id"), m.oauth ? m.oauthProvider.clientId : QString()},
        {QStringLiteral("client_secret_set"), m.oauth && !m.oauthProvider.clientSecret.isEmpty()}};
    s.record(json);
    return {};
}

Status list(CliSession &s, OutboxService &outbox)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("status"), QStringLiteral("limit")}, QStringLiteral("outbox list")));
    OutboxFilter filter;
    for (const QString &key : s.args.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const OutboxStatus status = OutboxStatuses::fromKey(key.trimmed());
        if (OutboxStatuses::key(status) != key.trimmed())
            return Error::invalid(
                tr("Unknown status \"%1\" (queued, sending, sent, failed, check, cancelled).").arg(key));
        filter.statuses << status;
    }
    if (s.args.has(QStringLiteral("limit"))) {
        auto limit = s.count(QStringLiteral("limit"), 0, 1, 1'000'000);
        if (!limit)
            return limit.error();
        filter.limit = limit.value();
    }
    auto rows = outbox.repository().list(filter);
    if (!rows)
        return rows.error();
    if (s.args.json) {
        QJsonArray array;
        for (const OutboxSummary &m : rows.value())
            array.append(summaryJson(m));
        s.json(array);
        return {};
    }
    for (const OutboxSummary &m : rows.value())
        s.line(QStringLiteral("%1\t%2\t%3/%4\t%5\t%6\t%7\t%8")
                   .arg(m.id)
                   .arg(OutboxStatuses::key(m.status))
                   .arg(m.attempts)
                   .arg(m.maxAttempts)
                   .arg(m.documentNumber, m.recipients.join(QStringLiteral(", ")), m.subject,
                       m.status == OutboxStatus::Sent ? timeText(m.sentAt) : m.lastError.simplified()));
    return {};
}

Status show(CliSession &s, OutboxService &outbox, qint64 id)
{
    auto found = outbox.repository().find(id, false);
    if (!found)
        return found.error();
    const OutboxMessage &m = found.value();
    QJsonObject json {{QStringLiteral("id"), m.id}, {QStringLiteral("status"), OutboxStatuses::key(m.status)},
        {QStringLiteral("from"), m.sender}, {QStringLiteral("to"), QJsonArray::fromStringList(m.recipients)},
        {QStringLiteral("cc"), QJsonArray::fromStringList(m.cc)}, {QStringLiteral("subject"), m.subject},
        {QStringLiteral("body"), m.body}, {QStringLiteral("message_id"), m.messageId},
        {QStringLiteral("attempts"), m.attempts}, {QStringLiteral("last_error"), m.lastError},
        {QStringLiteral("server_reply"), m.serverReply}, {QStringLiteral("next_attempt_at"), timeText(m.nextAttemptAt)},
        {QStringLiteral("sent_at"), timeText(m.sentAt)}};
    QJsonArray files;
    for (const OutboxAttachment &a : m.attachments)
        files.append(QJsonObject {{QStringLiteral("name"), a.fileName}, {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256}});
    json.insert(QStringLiteral("attachments"), files);
    s.record(json);
    return {};
}

// Delivers what is due and returns once nothing more is due.
Status send(CliSession &s, OutboxService &outbox)
{
    FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("outbox send")));
    auto due = outbox.repository().nextDue(s.ledger->context().clock.nowUtc());
    if (!due)
        return due.error();
    auto interrupted = outbox.repository().count({OutboxStatus::Sending});
    if (!interrupted)
        return interrupted.error();
    OutboxSender sender(outbox);
    // With a sign-in (OAuth) the tokens come from the keychain; a refresh rotates them there.
    KeychainTokenStore tokenStore(MailCredentials::serviceName());
    std::unique_ptr<OAuthAuthorizer> authorizer;
    QString signInMessage;
    QObject::connect(&sender, &OutboxSender::signInRequired, [&signInMessage](const QString &m) { signInMessage = m; });
    // Mail queued after this look but before the lock is taken (another clerk of a company on a
    // server) is sent as well: a mail server that needs no password nor sign-in is set in any case.
    MailSettingsService service(s.ledger->context(), s.ledger->audit());
    auto settings = service.load();
    if (!settings)
        return settings.error();
    const bool waiting = due->has_value() || interrupted.value() > 0;
    if (waiting || (settings->isConfigured() && !settings->needsPassword() && !settings->oauth)) {
        if (!settings->isConfigured())
            return MailSettingsService::smtpSettings(settings.value(), QString()).error();
        auto secret = password(s, settings.value(), false);
        if (!secret)
            return secret.error();
        auto smtp = MailSettingsService::smtpSettings(settings.value(), secret.value());
        if (!smtp)
            return smtp.error();
        sender.setSmtpSettings(smtp.value(), settings.value());
        if (settings->oauth) {
            const Clock &clock = s.ledger->context().clock;
            authorizer = std::make_unique<OAuthAuthorizer>(settings->oauthProvider, tokenStore,
                MailCredentials::oauthKeyFor(settings.value()), [&clock]() { return clock.nowUtc(); });
            sender.setAuthorizer(authorizer.get());
        }
    }
    int delivered = 0;
    int notDelivered = 0;
    QString problem;
    QJsonArray results;
    QObject::connect(
        &sender, &OutboxSender::messageFinished, [&](qint64 id, OutboxStatus status, const QString &message) {
            (status == OutboxStatus::Sent ? delivered : notDelivered) += 1;
            results.append(QJsonObject {{QStringLiteral("id"), id},
                {QStringLiteral("status"), OutboxStatuses::key(status)}, {QStringLiteral("error"), message}});
            if (!s.args.json)
                s.line(QStringLiteral("%1\t%2%3")
                           .arg(id)
                           .arg(OutboxStatuses::key(status),
                               message.isEmpty() ? QString() : QLatin1Char('\t') + message.simplified()));
        });
    QObject::connect(&sender, &OutboxSender::problem, [&problem](const QString &message) { problem = message; });
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    FACTURO_TRY(sender.start());
    loop.exec();
    sender.stop();
    if (s.args.json)
        s.json(results);
    // Counted by this sender's own recovery: checks left by another sender meanwhile (on a server,
    // another computer) are not this run's.
    const int recovered = sender.recoveredToCheck();
    if (!problem.isEmpty() && delivered + notDelivered == 0)
        return Error::storage(problem);
    if (!signInMessage.isEmpty())
        return Error::refused(signInMessage);
    if (recovered > 0)
        return Error::refused(tr("%n message(s) had been interrupted while being sent and may have been delivered: "
                                 "check them (outbox list --status check), then retry or confirm them.",
            nullptr, recovered));
    if (notDelivered > 0)
        return Error::refused(tr("%n message(s) could not be delivered (see outbox list).", nullptr, notDelivered));
    return {};
}
} // namespace

Status CliMailCommands::settings(CliSession &s)
{
    s.args.verbWords = 2;
    if (s.args.words.value(1) == QLatin1String("backup"))
        return CliBackupCommands::settings(s);
    if (s.args.words.value(1) == QLatin1String("invoices"))
        return CliTermsCommands::settings(s);
    if (s.args.words.value(1) == QLatin1String("company"))
        return CliPartyCommands::settingsCompany(s);
    if (s.args.words.value(1) == QLatin1String("handoff"))
        return CliHandoffCommands::settings(s);
    if (s.args.words.value(1) == QLatin1String("payments"))
        return CliMoneyInCommands::settingsPayments(s);
    if (s.args.words.value(1) != QLatin1String("smtp"))
        return Error::invalid(tr("Unknown command 'settings %1' (smtp, backup, company, invoices, handoff, payments).")
                                  .arg(s.args.words.value(1)));
    FACTURO_TRY(s.args.allowOnly(
        QStringList {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"),
            QStringLiteral("smtp-user"), QStringLiteral("trust-fingerprint"), QStringLiteral("from"),
            QStringLiteral("from-name"), QStringLiteral("attempts"), QStringLiteral("retry-delays"),
            QStringLiteral("timeout")}
            + CliMailSignInCommands::settingsOptions(),
        QStringLiteral("settings smtp")));
    MailSettingsService service(s.ledger->context(), s.ledger->audit());
    auto loaded = service.load();
    if (!loaded)
        return loaded.error();
    MailSettings m = loaded.value();
    const auto given = [&s](const char *name) { return s.args.has(QString::fromLatin1(name)); };
    const auto value = [&s](const char *name) { return s.args.option(QString::fromLatin1(name)); };
    bool oauthGiven = false;
    FACTURO_TRY(CliMailSignInCommands::applySettingsOptions(s, m, oauthGiven));
    if (!oauthGiven && !given("host") && !given("port") && !given("security") && !given("smtp-user")
        && !given("trust-fingerprint") && !given("from") && !given("from-name") && !given("attempts")
        && !given("retry-delays") && !given("timeout"))
        return showSettings(s, m, service);
    if (given("host"))
        m.host = value("host");
    if (given("security")) {
        auto security = MailSettingsService::securityFromKey(value("security"));
        if (!security)
            return security.error();
        m.security = security.value();
        m.port = SmtpSettings::defaultPort(m.security);
    }
    if (given("port")) {
        bool ok = false;
        const int port = value("port").toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return Error::invalid(tr("--port is a number from 1 to 65535."));
        m.port = static_cast<quint16>(port);
    }
    if (given("smtp-user"))
        m.user = value("smtp-user");
    if (given("trust-fingerprint"))
        m.trustedFingerprint = value("trust-fingerprint");
    if (given("from"))
        m.fromAddress = value("from");
    if (given("from-name"))
        m.fromName = value("from-name");
    if (given("attempts"))
        m.maxAttempts = value("attempts").toInt();
    if (given("timeout"))
        m.timeoutSeconds = value("timeout").toInt();
    if (given("retry-delays")) {
        m.retryDelaysSeconds.clear();
        for (const QString &part : value("retry-delays").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            m.retryDelaysSeconds << part.trimmed().toInt(&ok);
            if (!ok)
                return Error::invalid(tr("--retry-delays is a list of seconds: 60,600,3600."));
        }
    }
    FACTURO_TRY(service.save(m));
    if (!m.needsPassword() || !(given("smtp-user") || given("host")))
        return {};
    auto secret = password(s, m, true);
    if (!secret)
        return secret.error();
    if (secret->isEmpty()) {
        s.err << tr("No password given: it will be asked for when mail is sent.") << '\n';
        return {};
    }
    SecretStore::Failure failure = SecretStore::Failure::None;
    const Status stored = MailCredentials::store(m, secret.value(), &failure);
    if (!stored)
        s.err << stored.message() << ' ' << tr("Give it in FACTURO_SMTP_PASSWORD (or at the prompt) when sending.")
              << '\n';
    return {};
}

Status CliMailCommands::invoiceSend(CliSession &s)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("to"), QStringLiteral("cc"), QStringLiteral("subject"),
                                     QStringLiteral("body"), QStringLiteral("template"), QStringLiteral("notes")},
        s.args.words.value(0) + QStringLiteral(" send")));
    s.args.verbWords = 2;
    auto reference = s.args.positional(0, tr("document number or id"));
    if (!reference)
        return reference.error();
    auto id = s.documentId(reference.value());
    if (!id)
        return id.error();
    DocumentMailRequest request;
    request.documentId = id.value();
    request.to = s.args.options(QStringLiteral("to"));
    request.cc = s.args.options(QStringLiteral("cc"));
    if (s.args.has(QStringLiteral("subject")))
        request.subject = s.args.option(QStringLiteral("subject"));
    if (s.args.has(QStringLiteral("body")))
        request.body = s.args.option(QStringLiteral("body")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    const QString kind = s.args.option(QStringLiteral("template"), QStringLiteral("invoice"));
    if (kind != QLatin1String("invoice") && kind != QLatin1String("reminder"))
        return Error::invalid(tr("--template is invoice or reminder."));
    request.reminder = kind == QLatin1String("reminder");
    const QString notes = s.args.option(QStringLiteral("notes"), QStringLiteral("hide"));
    if (notes != QLatin1String("include") && notes != QLatin1String("hide"))
        return Error::invalid(tr("--notes is include or hide."));
    request.includePrintedNotes = notes == QLatin1String("include");
    DocumentMailer mailer(*s.ledger);
    auto queued = mailer.queue(request);
    if (!queued)
        return queued.error();
    s.line(QString::number(queued.value()));
    return {};
}

Status CliMailCommands::outbox(CliSession &s)
{
    s.args.verbWords = 2;
    const QString sub = s.args.words.value(1);
    OutboxService outbox(s.ledger->context(), s.ledger->audit());
    if (sub == QLatin1String("list"))
        return list(s, outbox);
    if (sub == QLatin1String("send"))
        return send(s, outbox);
    if (sub == QLatin1String("show") || sub == QLatin1String("retry") || sub == QLatin1String("cancel")
        || sub == QLatin1String("confirm")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("outbox ") + sub));
        auto id = idArgument(s);
        if (!id)
            return id.error();
        if (sub == QLatin1String("show"))
            return show(s, outbox, id.value());
        FACTURO_TRY(sub == QLatin1String("retry") ? outbox.resend(id.value())
                : sub == QLatin1String("cancel")  ? outbox.cancel(id.value())
                                                  : outbox.confirmSent(id.value()));
        s.line(QString::number(id.value()));
        return {};
    }
    return Error::invalid(tr("Unknown command 'outbox %1' (list, show, send, retry, cancel, confirm).").arg(sub));
}
