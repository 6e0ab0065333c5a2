#include "AuditLog.h"

#include "MoneyEvents.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEvent &e)
{
    // Fields joined with the ASCII unit separator, which none of them can contain unnoticed:
    // a changed field changes the text and so the hash.
    const QChar sep(0x1F);
    const QString canonical = e.prevHash + sep + QString::number(e.id) + sep + SqlValue::timestamp(e.occurredAt) + sep
        + e.userName + sep + e.entity + sep + QString::number(e.entityId) + sep + e.action + sep + e.details;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Status AuditLog::record(const QString &entity, qint64 entityId, const QString &action, const QJsonObject &details)
{
    // One insert is atomic by itself; outside a caller's transaction it still needs one of its
    // own so reading the last link and appending the next cannot interleave with another process.
    std::optional<Transaction> tx;
    if (m_ctx.db.transactionDepth() == 0) {
        tx.emplace(m_ctx.db);
        FACTURO_TRY(tx->began());
    }
    if (m_lastSerial == 0 || m_lastSerial != m_ctx.db.cacheSerial()) {
        auto last = m_ctx.audit.last();
        if (!last)
            return last.error();
        m_lastId = last->first;
        m_lastHash = last->second;
    }
    AuditEvent e;
    e.id = m_lastId + 1;
    e.prevHash = m_lastHash.isEmpty() ? genesisHash() : m_lastHash;
    e.occurredAt = m_ctx.clock.nowUtc();
    e.userName = m_ctx.user.name.isEmpty() ? QStringLiteral("system") : m_ctx.user.name;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    QJsonObject content = details;
    if (MoneyEvents::fixesMoney(entity, action)) {
        // The event vouches for the rows it fixed: their digest is part of what the chain hashes.
        BookRowsRepository books(m_ctx.db);
        auto rows = MoneyEvents::rowsOf(books, entity, entityId, action, details);
        if (!rows)
            return rows.error();
        auto digest = MoneyEvents::digestOf(books, rows.value());
        if (!digest)
            return digest.error();
        if (digest->has_value())
            content.insert(MoneyEvents::digestKey(), **digest);
    }
    e.details = content.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);
    FACTURO_TRY(m_ctx.audit.insert(e));
    if (tx)
        FACTURO_TRY(tx->commit());
    // Still inside the caller's transaction (or none): remember the new link for the next event.
    m_lastId = e.id;
    m_lastHash = e.hash;
    m_lastSerial = m_ctx.db.cacheSerial();
    return {};
}

Result<QList<AuditEvent>> AuditLog::history(const QString &entity, qint64 entityId) const
{
    return m_ctx.audit.forEntity(entity, entityId);
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification result;
    QString previousHash = genesisHash();
    qint64 expectedId = 1;
    auto fail = [&](const AuditEvent &e, const QString &why) {
        result.intact = false;
        result.firstBrokenId = e.id;
        result.message = tr("Audit event %1 (%2, %3 %4 #%5 by %6) %7")
                             .arg(e.id)
                             .arg(SqlValue::timestamp(e.occurredAt), e.action, e.entity)
                             .arg(e.entityId)
                             .arg(e.userName, why);
        return false;
    };
    const Status walked = m_ctx.audit.forEach([&](const AuditEvent &e) {
        ++result.eventsChecked;
        if (e.id != expectedId)
            return fail(e, tr("follows event %1: events before it were removed.").arg(expectedId - 1));
        if (e.prevHash != previousHash)
            return fail(e, tr("does not link to the event before it: the chain was broken."));
        if (computeHash(e) != e.hash)
            return fail(e, tr("does not match its hash: its content was changed."));
        previousHash = e.hash;
        ++expectedId;
        return true;
    });
    FACTURO_TRY(walked);
    if (result.intact)
        result.message = tr("The audit trail is intact: %n event(s) verified.", nullptr,
                            static_cast<int>(result.eventsChecked));
    return result;
}
