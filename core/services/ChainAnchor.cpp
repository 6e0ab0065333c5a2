#include "ChainAnchor.h"

#include "CompanyRepository.h"
#include "SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {
const QString SettingKey = QStringLiteral("audit.anchor");
}

QString ChainAnchor::text() const
{
    return QString::number(sequence) + QLatin1Char(':') + hash;
}

Result<ChainAnchor> ChainAnchor::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,18}):([0-9a-fA-F]{64})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error::invalid(tr("\"%1\" is not an anchor: write SEQUENCE:HASH (the event number, a colon and its "
                                 "64-digit SHA-256), or give a backup file or its .anchor file.")
                                  .arg(text.left(100)));
    ChainAnchor anchor;
    anchor.sequence = match.captured(1).toLongLong();
    anchor.hash = match.captured(2).toLower();
    return anchor;
}

Result<ChainAnchor> ChainAnchor::head(AuditRepository &audit)
{
    auto last = audit.last();
    if (!last)
        return last.error();
    ChainAnchor anchor;
    anchor.sequence = last->first;
    anchor.hash = last->first == 0 ? QString(64, QLatin1Char('0')) : last->second;
    return anchor;
}

QString ChainAnchor::sidecarPath(const QString &backupPath)
{
    return backupPath + QStringLiteral(".anchor");
}

Result<ChainAnchor> ChainAnchor::fromFile(const QString &path)
{
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString sidecar = path.endsWith(QLatin1String(".anchor")) ? path : sidecarPath(path);
    if (QFileInfo(sidecar).isFile()) {
        QFile f(sidecar);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::storage(tr("The anchor file %1 cannot be read.").arg(QDir::toNativeSeparators(sidecar)));
        const QStringList lines = QString::fromUtf8(f.read(64 * 1024)).split(QLatin1Char('\n'));
        for (const QString &line : lines)
            if (line.startsWith(QLatin1String("anchor:")))
                return parse(line.mid(7));
        return Error::invalid(tr("The anchor file %1 has no \"anchor:\" line.").arg(QDir::toNativeSeparators(sidecar)));
    }
    if (!info.isFile())
        return Error::notFound(tr("The anchor file or backup %1 does not exist.").arg(file));
    auto stored = AuditRepository::anchorOfFile(info.absoluteFilePath(), SettingKey);
    if (!stored)
        return stored.error();
    return parse(stored.value());
}

Result<ChainAnchor> ChainAnchor::fromArgument(const QString &argument)
{
    if (parse(argument))
        return parse(argument);
    if (argument.contains(QLatin1Char(':')) && !QFileInfo::exists(argument) && !argument.contains(QLatin1Char('/')))
        return parse(argument); // meant as SEQ:HASH: say what is wrong with it
    return fromFile(argument);
}

Result<ChainAnchor> ChainAnchor::stampCopy(Database &copy)
{
    AuditRepository audit(copy);
    auto anchor = head(audit);
    if (!anchor)
        return anchor.error();
    FACTURO_TRY(CompanyRepository(copy).setSetting(SettingKey, anchor->text()));
    return anchor;
}

Status ChainAnchor::writeSidecar(const QString &backupPath, const QDateTime &madeUtc) const
{
    const Status written = exportTo(sidecarPath(backupPath), QFileInfo(backupPath).fileName(), madeUtc);
    if (!written)
        return written.error().prefixed(tr("The backup was not kept: its anchor file could not be written"));
    return {};
}

Status ChainAnchor::exportTo(const QString &path, const QString &source, const QDateTime &madeUtc) const
{
    QSaveFile f(path);
    const QString content = QStringLiteral("# Facturo audit anchor: the head of the audit chain in %1.\n"
                                           "# Check that a company file still extends it:\n"
                                           "#   facturo-cli --db COMPANY_FILE check --anchor %2\n"
                                           "anchor: %3\nsequence: %4\nhash: %5\nbackup: %1\nmade: %6\n")
                                .arg(source, QFileInfo(path).fileName(), text())
                                .arg(sequence)
                                .arg(hash, SqlValue::timestamp(madeUtc));
    if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) < 0 || !f.commit())
        return Error::storage(
            tr("The anchor file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return {};
}

Result<ChainAnchor::Verdict> ChainAnchor::verify(AuditRepository &audit) const
{
    Verdict verdict;
    auto present = head(audit);
    if (!present)
        return present.error();
    const QString shortHash = hash.left(12);
    if (sequence == 0) {
        verdict.extends = true;
    } else {
        auto stored = audit.hashOf(sequence);
        if (!stored)
            return stored.error();
        if (!stored->has_value()) {
            verdict.message = tr("The audit trail does not extend the anchor %1:%2…: it ends at event %3, before the "
                                 "anchored event %1. The newest events were deleted, or this file is older than the "
                                 "anchor.")
                                  .arg(sequence)
                                  .arg(shortHash)
                                  .arg(present->sequence);
            return verdict;
        }
        if (**stored != hash) {
            verdict.message = tr("The audit trail does not extend the anchor %1:%2…: event %1 has another hash "
                                 "(%3…). The history was rewritten from event %1 or before: this file is a fork of "
                                 "the anchored one.")
                                  .arg(sequence)
                                  .arg(shortHash, (*stored)->left(12));
            return verdict;
        }
        verdict.extends = true;
    }
    verdict.message = tr("The audit trail extends the anchor %1:%2… (%n event(s) since)", nullptr,
        static_cast<int>(present->sequence - sequence))
                          .arg(sequence)
                          .arg(shortHash);
    return verdict;
}
