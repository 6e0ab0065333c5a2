#include "HandoffSettingsService.h"

#include "Transaction.h"

#include <QDir>
#include <QFileInfo>

namespace {
const QString FolderKey = QStringLiteral("handoff.folder");
const QString DraftKey = QStringLiteral("handoff.rule_draft");
const QString PostKey = QStringLiteral("handoff.rule_post");
const QString SendKey = QStringLiteral("handoff.rule_send");
const QString SettleKey = QStringLiteral("handoff.settle_seconds");

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

Result<HandoffSettings> HandoffSettingsService::load() const
{
    const HandoffSettings defaults;
    auto folder = m_ctx.company.setting(FolderKey);
    auto draft = m_ctx.company.setting(DraftKey, flag(defaults.makeDraft));
    auto post = m_ctx.company.setting(PostKey, flag(defaults.post));
    auto send = m_ctx.company.setting(SendKey, flag(defaults.send));
    auto settle = m_ctx.company.setting(SettleKey, QString::number(defaults.settleSeconds));
    for (const auto *r : {&folder, &draft, &post, &send, &settle})
        if (!r->ok())
            return r->error();
    HandoffSettings s;
    s.folder = folder.value();
    s.makeDraft = draft.value() == QLatin1String("1");
    s.post = s.makeDraft && post.value() == QLatin1String("1");
    s.send = s.post && send.value() == QLatin1String("1");
    bool ok = false;
    const int seconds = settle->toInt(&ok);
    s.settleSeconds = ok ? qBound(0, seconds, MaxSettleSeconds) : defaults.settleSeconds;
    return s;
}

Status HandoffSettingsService::validate(const HandoffSettings &s, const QString &companyFile)
{
    if (s.post && !s.makeDraft)
        return Error::invalid(
            tr("The rule \"post\" posts the draft made from the job: turn on the rule \"draft\" too."));
    if (s.send && !s.post)
        return Error::invalid(tr("The rule \"send\" sends the posted invoice: turn on the rule \"post\" too."));
    if (s.settleSeconds < 0 || s.settleSeconds > MaxSettleSeconds)
        return Error::invalid(tr("The settling time is a number of seconds from 0 to %1.").arg(MaxSettleSeconds));
    if (!s.isSet())
        return {};
    const QString native = QDir::toNativeSeparators(s.folder);
    const QFileInfo info(s.folder);
    if (!info.isAbsolute())
        return Error::invalid(tr("The hand-off folder %1 is not a full path: give the whole path.").arg(native));
    if (!info.exists())
        return Error::storage(tr("The hand-off folder %1 does not exist: create it first.").arg(native));
    if (!info.isDir())
        return Error::storage(tr("The hand-off folder %1 is not a folder.").arg(native));
    if (!info.isWritable())
        return Error::storage(
            tr("The hand-off folder %1 is read-only: Facturo moves each file it reads to processed/ or failed/.")
                .arg(native));
    if (!companyFile.isEmpty()
        && QDir::cleanPath(QFileInfo(companyFile).absolutePath()) == QDir::cleanPath(info.absoluteFilePath()))
        return Error::invalid(tr("The hand-off folder is another folder than the company file's: choose another one."));
    return {};
}

Status HandoffSettingsService::save(const HandoffSettings &settings)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the job hand-off folder and its rules."));
        HandoffSettings s = settings;
        s.folder = s.isSet() ? QDir::cleanPath(s.folder.trimmed()) : QString();
        // A company on a server has no folder of its own for the hand-off folder to differ from.
        FACTURO_TRY(validate(s, m_ctx.db.isServer() ? QString() : m_ctx.db.path()));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(m_ctx.company.setSetting(FolderKey, s.folder));
        FACTURO_TRY(m_ctx.company.setSetting(DraftKey, flag(s.makeDraft)));
        FACTURO_TRY(m_ctx.company.setSetting(PostKey, flag(s.post)));
        FACTURO_TRY(m_ctx.company.setSetting(SendKey, flag(s.send)));
        FACTURO_TRY(m_ctx.company.setSetting(SettleKey, QString::number(s.settleSeconds)));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
            {{QStringLiteral("handoff_folder"), s.folder}, {QStringLiteral("handoff_rule_draft"), s.makeDraft},
                {QStringLiteral("handoff_rule_post"), s.post}, {QStringLiteral("handoff_rule_send"), s.send},
                {QStringLiteral("handoff_settle_seconds"), s.settleSeconds}}));
        return tx.commit();
    });
}
