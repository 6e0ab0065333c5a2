#include "IntegrityRepository.h"

#include "SqlStatement.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString ruleSql(IntegrityRepository::Rule rule)
{
    using Rule = IntegrityRepository::Rule;
    switch (rule) {
    case Rule::NumbersTaken:
        return QStringLiteral(
            "SELECT t.doc_type || ': ' || t.posted || ' posted for ' || coalesce(s.taken, 0) || ' numbers taken' "
            "FROM (SELECT doc_type, count(*) AS posted FROM documents WHERE status <> 'draft' GROUP BY doc_type) t "
            "LEFT JOIN (SELECT doc_type, sum(last_value) AS taken FROM number_sequences GROUP BY doc_type) s "
            "ON s.doc_type = t.doc_type WHERE t.posted <> coalesce(s.taken, 0) "
            "UNION ALL SELECT s.doc_type || ': ' || s.taken || ' numbers taken, none posted' "
            "FROM (SELECT doc_type, sum(last_value) AS taken FROM number_sequences "
            "WHERE doc_type IN ('invoice', 'credit_note') GROUP BY doc_type) s "
            "WHERE s.taken > 0 AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_type = s.doc_type "
            "AND d.status <> 'draft')");
    case Rule::YearlyCounters:
        // The year of the issue date read as a number, not printf('%04d', period): both engines.
        return QStringLiteral(
            "SELECT s.doc_type || ' ' || s.period || ': counter at ' || s.last_value || ', ' || "
            "(SELECT count(*) FROM documents d WHERE d.doc_type = s.doc_type AND d.status <> 'draft' "
            "AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) = s.period) || ' documents issued' "
            "FROM number_sequences s WHERE s.period > 0 AND s.doc_type IN ('invoice', 'credit_note') "
            "AND s.last_value <> (SELECT count(*) FROM documents d WHERE d.doc_type = s.doc_type "
            "AND d.status <> 'draft' AND CAST(substr(d.issue_date, 1, 4) AS INTEGER) = s.period)");
    case Rule::EntriesBalanced:
        return QStringLiteral(
            "SELECT 'entry ' || e.id || ' (' || e.reference || '): debit ' || "
            "coalesce(sum(l.debit), 0) || ', credit ' || coalesce(sum(l.credit), 0) "
            "FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
            "GROUP BY e.id, e.reference HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) "
            "OR count(l.id) = 0 ORDER BY e.id LIMIT 1");
    case Rule::DocumentEntries:
        return QStringLiteral(
            "SELECT d.number FROM documents d WHERE d.status <> 'draft' AND d.total_gross <> 0 "
            "AND (SELECT count(*) FROM journal_entries e WHERE e.document_id = d.id "
            "AND e.kind IN ('invoice', 'credit_note')) <> 1 ORDER BY d.id LIMIT 1");
    case Rule::PaymentEntries:
        return QStringLiteral(
            "SELECT 'payment ' || p.id FROM payments p LEFT JOIN (SELECT payment_id, count(*) AS n "
            "FROM journal_entries WHERE payment_id IS NOT NULL GROUP BY payment_id) e "
            "ON e.payment_id = p.id WHERE coalesce(e.n, 0) <> 1 ORDER BY p.id LIMIT 1");
    case Rule::AmountsPaid:
        return QStringLiteral(
            "SELECT d.number || ': ' || d.amount_paid || ' recorded as paid, payments add up to ' || "
            "coalesce((SELECT sum(amount) FROM payments p WHERE p.document_id = d.id), 0) "
            "FROM documents d WHERE d.amount_paid <> coalesce((SELECT sum(amount) FROM "
            "payments p WHERE p.document_id = d.id), 0) ORDER BY d.id LIMIT 1");
    case Rule::AmountsCredited:
        return QStringLiteral(
            "SELECT i.number || ': ' || i.amount_credited || ' credited, credit notes applied ' || "
            "coalesce((SELECT sum(c.amount_credited) FROM documents c WHERE "
            "c.credited_document_id = i.id AND c.status <> 'draft'), 0) FROM documents i "
            "WHERE i.doc_type = 'invoice' AND i.amount_credited <> coalesce((SELECT "
            "sum(c.amount_credited) FROM documents c WHERE c.credited_document_id = i.id "
            "AND c.status <> 'draft'), 0) ORDER BY i.id LIMIT 1");
    case Rule::ReceivablesByDue:
        return QStringLiteral(
            "WITH want(k, n, a) AS (SELECT coalesce(due_date, ''), count(*), "
            "sum(total_gross - amount_paid - amount_credited) FROM documents "
            "WHERE status IN ('posted', 'partially_paid') AND doc_type = 'invoice' GROUP BY 1), "
            "keys(k) AS (SELECT k FROM want UNION SELECT due_date FROM receivables_by_due) "
            "SELECT 'due date ' || CASE WHEN keys.k IS NULL THEN 'NULL' ELSE '''' || keys.k || '''' END || ': ' || "
            "coalesce(h.open_count, 0) || ' invoice(s), ' || "
            "coalesce(h.open_amount, 0) || ' open in the summary; the documents say ' || "
            "coalesce(w.n, 0) || ', ' || coalesce(w.a, 0) FROM keys LEFT JOIN want w ON w.k = keys.k "
            "LEFT JOIN receivables_by_due h ON h.due_date = keys.k "
            "WHERE coalesce(w.n, 0) <> coalesce(h.open_count, 0) OR coalesce(w.a, 0) <> coalesce(h.open_amount, 0) "
            "OR h.open_count = 0 ORDER BY keys.k LIMIT 1");
    case Rule::ReceivablesByCustomer:
        return QStringLiteral(
            "WITH want(c, k, n, a) AS (SELECT customer_id, CASE WHEN doc_type = 'invoice' "
            "THEN coalesce(due_date, '') ELSE '' END, count(*), sum(CASE WHEN doc_type = 'invoice' "
            "THEN 1 ELSE -1 END * (total_gross - amount_paid - amount_credited)) FROM documents "
            "WHERE status IN ('posted', 'partially_paid') AND ((doc_type = 'invoice' AND status IN "
            "('posted', 'partially_paid')) OR (doc_type = 'credit_note' AND status = 'posted')) "
            "AND total_gross - amount_paid - amount_credited <> 0 GROUP BY 1, 2), "
            "keys(c, k) AS (SELECT c, k FROM want UNION SELECT customer_id, due_date FROM "
            "receivables_by_customer_due) "
            "SELECT 'customer ' || keys.c || ', due date ' || CASE WHEN keys.k IS NULL THEN 'NULL' "
            "ELSE '''' || keys.k || '''' END || ': ' || "
            "coalesce(h.open_count, 0) || ' document(s), ' || coalesce(h.open_amount, 0) || "
            "' open in the summary; the documents say ' || coalesce(w.n, 0) || ', ' || coalesce(w.a, 0) "
            "FROM keys LEFT JOIN want w ON w.c = keys.c AND w.k = keys.k "
            "LEFT JOIN receivables_by_customer_due h ON h.customer_id = keys.c AND h.due_date = keys.k "
            "WHERE coalesce(w.n, 0) <> coalesce(h.open_count, 0) OR coalesce(w.a, 0) <> coalesce(h.open_amount, 0) "
            "OR h.open_count = 0 ORDER BY keys.c, keys.k LIMIT 1");
    case Rule::FiguresByDay:
        return QStringLiteral(
            "WITH inv(k, n, a) AS (SELECT issue_date, count(*), sum(total_gross) FROM documents "
            "WHERE doc_type = 'invoice' AND status <> 'draft' AND issue_date IS NOT NULL GROUP BY 1), "
            "pay(k, n, a) AS (SELECT payment_date, count(*), sum(amount) FROM payments "
            "WHERE kind IN ('payment', 'reversal') GROUP BY 1), "
            "keys(k) AS (SELECT k FROM inv UNION SELECT k FROM pay UNION SELECT day FROM figures_by_day) "
            "SELECT 'day ' || keys.k || ': ' || coalesce(h.invoice_count, 0) || ' invoice(s), ' || "
            "coalesce(h.invoiced, 0) || ' invoiced, ' || coalesce(h.payment_count, 0) || ' payment(s), ' || "
            "coalesce(h.collected, 0) || ' collected in the summary; the documents say ' || "
            "coalesce(i.n, 0) || ', ' || coalesce(i.a, 0) || ', ' || coalesce(p.n, 0) || ', ' || coalesce(p.a, 0) "
            "FROM keys LEFT JOIN inv i ON i.k = keys.k LEFT JOIN pay p ON p.k = keys.k "
            "LEFT JOIN figures_by_day h ON h.day = keys.k "
            "WHERE coalesce(i.n, 0) <> coalesce(h.invoice_count, 0) OR coalesce(i.a, 0) <> coalesce(h.invoiced, 0) "
            "OR coalesce(p.n, 0) <> coalesce(h.payment_count, 0) OR coalesce(p.a, 0) <> coalesce(h.collected, 0) "
            "OR (h.invoice_count = 0 AND h.payment_count = 0) ORDER BY keys.k LIMIT 1");
    case Rule::CustomerCredits:
        return QStringLiteral(
            "WITH c(a) AS (SELECT coalesce(sum(amount), 0) FROM customer_credits), "
            "j(a) AS (SELECT coalesce(sum(l.credit - l.debit), 0) FROM journal_lines l JOIN accounts ac "
            "ON ac.id = l.account_id WHERE ac.role = 'customer_credit') "
            "SELECT c.a || ' in customers'' credits, ' || j.a || ' on the customer-credit account' "
            "FROM c, j WHERE c.a <> j.a");
    case Rule::InvoiceStatuses:
        return QStringLiteral(
            "SELECT number || ' is ' || status || ' with ' || "
            "(total_gross - amount_paid - amount_credited) || ' due' FROM documents "
            "WHERE doc_type = 'invoice' AND ((status IN ('paid', 'credited') AND total_gross "
            "- amount_paid - amount_credited <> 0) OR (status IN ('posted', 'partially_paid') AND total_gross "
            "- amount_paid - amount_credited <= 0 AND total_gross > 0)) ORDER BY id LIMIT 1");
    case Rule::OutboxDocuments:
        return QStringLiteral(
            "SELECT 'message ' || m.id || ' (' || m.kind || ') is about ' || CASE "
            "WHEN m.document_id IS NULL THEN 'no document' "
            "WHEN d.id IS NULL THEN 'document ' || m.document_id || ', which does not exist' "
            "WHEN d.status = 'draft' THEN 'draft ' || d.id "
            "ELSE coalesce(d.number, CAST(d.id AS TEXT)) || ', a ' || replace(d.doc_type, '_', ' ') END "
            "FROM outbox_messages m LEFT JOIN documents d ON d.id = m.document_id "
            "WHERE (m.document_id IS NULL AND m.kind IN ('invoice', 'credit_note')) "
            "OR (m.document_id IS NOT NULL AND (d.id IS NULL OR d.status = 'draft' "
            "OR (m.kind = 'invoice' AND d.doc_type <> 'invoice') "
            "OR (m.kind = 'credit_note' AND d.doc_type <> 'credit_note') "
            "OR (m.kind = 'reminder' AND d.doc_type <> 'invoice'))) ORDER BY m.id LIMIT 1");
    case Rule::OutboxAttachments:
        return QStringLiteral(
            "SELECT * FROM (SELECT 'message ' || m.id || ' about ' || coalesce(d.number, CAST(d.id AS TEXT)) || "
            "' does not carry its archived PDF' FROM outbox_messages m JOIN documents d ON d.id = m.document_id "
            "WHERE m.kind IN ('invoice', 'credit_note') AND NOT EXISTS (SELECT 1 FROM outbox_attachments a "
            "WHERE a.message_id = m.id AND (EXISTS (SELECT 1 FROM document_archive r "
            "WHERE r.document_id = m.document_id AND r.sha256 = a.sha256) OR EXISTS (SELECT 1 FROM "
            "einvoice_archive x WHERE x.document_id = m.document_id AND x.format = 'facturx' "
            "AND x.sha256 = a.sha256))) "
            "UNION ALL SELECT 'message ' || m.id || ' holds ' || length(m.mime) || ' bytes for ' || "
            "sum(a.size) || ' bytes of attachments' FROM outbox_messages m "
            "JOIN outbox_attachments a ON a.message_id = m.id GROUP BY m.id, m.mime "
            "HAVING length(m.mime) < sum(a.size)) found LIMIT 1");
    case Rule::OutboxSendHistory:
        // coalesce(id, -1) <> coalesce(id, -1): "IS NOT" of SQLite, "IS DISTINCT FROM" of PostgreSQL.
        return QStringLiteral(
            "SELECT 'message ' || m.id || ' is sent but missing from the send history of its document' "
            "FROM outbox_messages m WHERE m.status = 'sent' AND m.document_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM document_sends s WHERE s.outbox_id = m.id) "
            "UNION ALL SELECT 'the send history of document ' || s.document_id || ' lists message ' || "
            "s.outbox_id || ', which is ' || coalesce(m.status || CASE WHEN coalesce(m.document_id, -1) <> "
            "coalesce(s.document_id, -1) THEN ' and about another document' ELSE '' END, 'missing') "
            "FROM document_sends s LEFT JOIN outbox_messages m ON m.id = s.outbox_id "
            "WHERE m.id IS NULL OR m.status <> 'sent' OR coalesce(m.document_id, -1) <> coalesce(s.document_id, -1) "
            "LIMIT 1");
    case Rule::OutboxClaimed:
        return QStringLiteral(
            "SELECT 'message ' || id FROM outbox_messages WHERE status = 'sending' "
            "AND (stage = '' OR attempts = 0 OR attempt_started_at IS NULL) ORDER BY id LIMIT 1");
    }
    return {};
}

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

Result<IntegrityRepository::Breach> IntegrityRepository::firstRow(const QString &sql)
{
    SqlStatement q(m_db, sql);
    FACTURO_TRY(q.exec(tr("check the company file")));
    if (!q.next())
        return Breach();
    return Breach(q.text(0));
}

Result<IntegrityRepository::Breach> IntegrityRepository::firstBreach(Rule rule)
{
    return firstRow(ruleSql(rule));
}

Result<IntegrityRepository::Breach> IntegrityRepository::firstUnqueuedMessage()
{
    SqlStatement q(m_db,
        "SELECT m.id, e.details FROM outbox_messages m LEFT JOIN documents d ON d.id = m.document_id "
        "LEFT JOIN audit_events e ON e.entity = coalesce(d.doc_type, 'outbox') AND e.entity_id = coalesce(d.id, m.id) "
        "AND e.action = 'send' ORDER BY m.id");
    FACTURO_TRY(q.exec(tr("check the outbox")));
    qint64 current = 0;
    bool queued = true;
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (id != current) {
            if (!queued)
                return Breach(QStringLiteral("message %1").arg(current));
            current = id;
            queued = false;
        }
        if (queued)
            continue;
        const QJsonDocument details = QJsonDocument::fromJson(q.text(1).toUtf8());
        const QJsonValue outbox = details.isObject() ? details.object().value(QLatin1String("outbox")) : QJsonValue();
        queued = (outbox.isDouble() && outbox.toDouble() == static_cast<double>(id))
            || (outbox.isString() && outbox.toString().trimmed() == QString::number(id));
    }
    if (current != 0 && !queued)
        return Breach(QStringLiteral("message %1").arg(current));
    return Breach();
}

Result<std::pair<qint64, qint64>> IntegrityRepository::messagesInFlight()
{
    SqlStatement q(m_db,
        "SELECT coalesce(sum(CASE WHEN status = 'sending' THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN status = 'check' THEN 1 ELSE 0 END), 0) FROM outbox_messages");
    FACTURO_TRY(q.exec(tr("check the outbox")));
    if (!q.next())
        return std::pair<qint64, qint64>(0, 0);
    return std::pair<qint64, qint64>(q.integer(0), q.integer(1));
}

Result<QStringList> IntegrityRepository::fileStructure(bool quick)
{
    if (m_db.isServer())
        return Error::invalid(tr("A company on a server has no file structure to check."));
    SqlStatement q(m_db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    FACTURO_TRY(q.exec(tr("check the file structure")));
    QStringList messages;
    while (q.next())
        messages << q.text(0);
    return messages;
}

Result<IntegrityRepository::Breach> IntegrityRepository::firstDanglingReference()
{
    if (!m_db.isServer())
        return firstRow(QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent "
                                       "FROM pragma_foreign_key_check"));
    // The server enforces its foreign keys, unless its triggers were switched off (session_
    // replication_role): each key of the catalog is checked on the rows.
    struct Key
    {
        QString table, column, parent, parentColumn;
        bool hasId = false;
    };
    QList<Key> keys;
    {
        SqlStatement q(m_db,
            "SELECT ct.relname, a.attname, pt.relname, pa.attname, EXISTS (SELECT 1 FROM pg_attribute i "
            "WHERE i.attrelid = c.conrelid AND i.attname = 'id' AND NOT i.attisdropped) "
            "FROM pg_constraint c JOIN pg_class ct ON ct.oid = c.conrelid JOIN pg_class pt ON pt.oid = c.confrelid "
            "JOIN pg_namespace n ON n.oid = ct.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND n.nspname = current_schema() AND array_length(c.conkey, 1) = 1 "
            "ORDER BY ct.relname, a.attname");
        FACTURO_TRY(q.exec(tr("read the references between records")));
        while (q.next())
            keys.append({q.text(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0});
    }
    for (const Key &key : keys) {
        const QString sql = QStringLiteral("SELECT %1 || ' row ' || %2 || ' refers to a missing ' || %3 FROM %4 x "
                                           "WHERE x.%5 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %6 p WHERE p.%7 = x.%5) "
                                           "LIMIT 1")
                                .arg(QStringLiteral("'") + key.table + QStringLiteral("'"),
                                    key.hasId ? QStringLiteral("x.id") : QStringLiteral("CAST(x.ctid AS TEXT)"),
                                    QStringLiteral("'") + key.parent + QStringLiteral("'"), identifier(key.table),
                                    identifier(key.column), identifier(key.parent), identifier(key.parentColumn));
        auto found = firstRow(sql);
        if (!found || found->has_value())
            return found;
    }
    return Breach();
}
