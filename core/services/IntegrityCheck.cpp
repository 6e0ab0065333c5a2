#include "IntegrityCheck.h"

#include "Currency.h"
#include "TaxCalculator.h"
#include "TrustCheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QSqlQuery readOnlyQuery(Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    return q;
}
} // namespace

Result<IntegrityReport> IntegrityCheck::run(bool quick, const std::function<void(const QString &)> &progress)
{
    IntegrityReport report;
    auto step = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    step(tr("file structure"));
    FACTURO_TRY(structure(report, quick));
    step(tr("numbering"));
    FACTURO_TRY(numbering(report));
    step(tr("journal"));
    FACTURO_TRY(journal(report));
    step(tr("document totals"));
    FACTURO_TRY(totals(report));
    step(tr("payments and credits"));
    FACTURO_TRY(settlements(report));
    step(tr("audit trail"));
    FACTURO_TRY(auditChain(report));
    TrustCheck trust(m_ctx);
    if (!m_anchor.isEmpty()) {
        step(tr("anchor"));
        FACTURO_TRY(trust.anchor(report, m_anchor));
    }
    step(tr("documents and payments against their audit events"));
    FACTURO_TRY(trust.books(report));
    step(tr("immutability rules"));
    FACTURO_TRY(trust.schema(report));
    step(tr("chronology"));
    FACTURO_TRY(trust.chronology(report));
    step(tr("mail outbox"));
    FACTURO_TRY(outbox(report));
    step(tr("addresses"));
    FACTURO_TRY(parties(report));
    return report;
}

Status IntegrityCheck::expectNone(IntegrityReport &report, const QString &sql, const QString &passedText,
                                  const QString &problemText)
{
    QSqlQuery q = readOnlyQuery(m_ctx.db);
    if (!q.exec(sql))
        return Database::queryError(q, tr("check the company file"));
    if (q.next())
        report.problems << problemText.arg(q.value(0).toString());
    else
        report.passed << passedText;
    return {};
}

Status IntegrityCheck::structure(IntegrityReport &report, bool quick)
{
    QSqlQuery q = readOnlyQuery(m_ctx.db);
    if (!q.exec(quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check")))
        return Database::queryError(q, tr("check the file structure"));
    QStringList messages;
    while (q.next())
        messages << q.value(0).toString();
    if (messages == QStringList{QStringLiteral("ok")})
        report.passed << tr("SQLite %1: ok").arg(quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check"));
    else
        report.problems << tr("The file structure is damaged: %1").arg(messages.mid(0, 3).join(QStringLiteral("; ")));
    q.finish();
    return expectNone(report, QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' refers to a missing ' || parent "
                                             "FROM pragma_foreign_key_check"),
                      tr("Every reference between records is valid"), tr("A record refers to nothing: %1"));
}

Status IntegrityCheck::numbering(IntegrityReport &report)
{
    // Per document type: as many posted documents as numbers taken, each period counted.
    FACTURO_TRY(expectNone(
        report,
        QStringLiteral("SELECT t.doc_type || ': ' || t.posted || ' posted for ' || coalesce(s.taken, 0) || ' numbers taken' "
                       "FROM (SELECT doc_type, count(*) AS posted FROM documents WHERE status <> 'draft' GROUP BY doc_type) t "
                       "LEFT JOIN (SELECT doc_type, sum(last_value) AS taken FROM number_sequences GROUP BY doc_type) s "
                       "ON s.doc_type = t.doc_type WHERE t.posted <> coalesce(s.taken, 0) "
                       "UNION ALL SELECT s.doc_type || ': ' || s.taken || ' numbers taken, none posted' "
                       "FROM (SELECT doc_type, sum(last_value) AS taken FROM number_sequences "
                       "WHERE doc_type IN ('invoice', 'credit_note') GROUP BY doc_type) s "
                       "WHERE s.taken > 0 AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_type = s.doc_type "
                       "AND d.status <> 'draft')"),
        tr("Numbers are gapless: one posted document for every number taken"),
        tr("Numbering has a gap or a surplus (%1)")));
    // Yearly counters: the documents of each year account for that year's counter.
    return expectNone(
        report,
        QStringLiteral("SELECT s.doc_type || ' ' || s.period || ': counter at ' || s.last_value || ', ' || "
                       "(SELECT count(*) FROM documents d WHERE d.doc_type = s.doc_type AND d.status <> 'draft' "
                       "AND substr(d.issue_date, 1, 4) = printf('%04d', s.period)) || ' documents issued' "
                       "FROM number_sequences s WHERE s.period > 0 AND s.doc_type IN ('invoice', 'credit_note') "
                       "AND s.last_value <> (SELECT count(*) FROM documents d WHERE d.doc_type = s.doc_type "
                       "AND d.status <> 'draft' AND substr(d.issue_date, 1, 4) = printf('%04d', s.period))"),
        tr("Each year's counter matches the documents issued that year"), tr("A yearly counter does not match: %1"));
}

Status IntegrityCheck::journal(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report,
                           QStringLiteral("SELECT 'entry ' || e.id || ' (' || e.reference || '): debit ' || "
                                          "coalesce(sum(l.debit), 0) || ', credit ' || coalesce(sum(l.credit), 0) "
                                          "FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id "
                                          "GROUP BY e.id HAVING coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) "
                                          "OR count(l.id) = 0 LIMIT 1"),
                           tr("Every journal entry balances"), tr("A journal entry does not balance: %1")));
    FACTURO_TRY(expectNone(report,
                           QStringLiteral("SELECT d.number FROM documents d WHERE d.status <> 'draft' AND d.total_gross <> 0 "
                                          "AND (SELECT count(*) FROM journal_entries e WHERE e.document_id = d.id "
                                          "AND e.kind IN ('invoice', 'credit_note')) <> 1 LIMIT 1"),
                           tr("Every posted document has its journal entry"),
                           tr("%1 has no journal entry, or more than one: it is half-posted")));
    return expectNone(report,
                      QStringLiteral("SELECT 'payment ' || p.id FROM payments p LEFT JOIN (SELECT payment_id, count(*) AS n "
                                     "FROM journal_entries WHERE payment_id IS NOT NULL GROUP BY payment_id) e "
                                     "ON e.payment_id = p.id WHERE coalesce(e.n, 0) <> 1 LIMIT 1"),
                      tr("Every payment has its journal entry"), tr("A payment has no journal entry: %1"));
}

Status IntegrityCheck::totals(IntegrityReport &report)
{
    // Walks posted documents with their lines and stored tax breakdown (both in document order)
    // and recomputes every line net and every per-rate tax.
    QSqlQuery docs = readOnlyQuery(m_ctx.db);
    QSqlQuery lines = readOnlyQuery(m_ctx.db);
    QSqlQuery taxes = readOnlyQuery(m_ctx.db);
    if (!docs.exec(QStringLiteral("SELECT id, number, currency, total_net, total_tax, total_gross FROM documents "
                                  "WHERE status <> 'draft' ORDER BY id"))
        || !lines.exec(QStringLiteral("SELECT l.document_id, l.quantity, l.unit_price, l.discount, l.tax_category, "
                                      "l.tax_rate, l.exemption_reason, l.line_net FROM document_lines l "
                                      "JOIN documents d ON d.id = l.document_id WHERE d.status <> 'draft' "
                                      "ORDER BY l.document_id"))
        || !taxes.exec(QStringLiteral("SELECT t.document_id, t.tax_category, t.tax_rate, t.exemption_reason, t.base, t.tax "
                                      "FROM document_tax_lines t ORDER BY t.document_id, t.id")))
        return Error::storage(tr("Could not read the documents to check them: %1").arg(docs.lastError().text()));
    bool lineValid = lines.next();
    bool taxValid = taxes.next();
    qint64 checked = 0;
    while (docs.next()) {
        const qint64 id = docs.value(0).toLongLong();
        const QString number = docs.value(1).toString();
        const int digits = Currency::minorDigits(docs.value(2).toString());
        TaxCalculator calc(digits);
        qint64 storedNetSum = 0;
        QString problem;
        while (lineValid && lines.value(0).toLongLong() < id)
            lineValid = lines.next();
        for (; lineValid && lines.value(0).toLongLong() == id; lineValid = lines.next()) {
            auto category = TaxCategories::fromKey(lines.value(4).toString());
            auto net = calc.addLine(Quantity::fromScaled(lines.value(1).toLongLong()),
                                    UnitPrice::fromScaled(lines.value(2).toLongLong()),
                                    Percentage::fromScaled(lines.value(3).toLongLong()),
                                    category ? category.value() : TaxCategory::Standard,
                                    Percentage::fromScaled(lines.value(5).toLongLong()), lines.value(6).toString());
            const qint64 stored = lines.value(7).toLongLong();
            storedNetSum += stored;
            if (problem.isEmpty() && (!net || net.value() != stored))
                problem = tr("a line's net %1 is not its quantity × price − discount").arg(stored);
        }
        QList<TaxSubtotal> stored;
        while (taxValid && taxes.value(0).toLongLong() < id)
            taxValid = taxes.next();
        for (; taxValid && taxes.value(0).toLongLong() == id; taxValid = taxes.next()) {
            auto category = TaxCategories::fromKey(taxes.value(1).toString());
            stored.append({category ? category.value() : TaxCategory::Standard,
                           Percentage::fromScaled(taxes.value(2).toLongLong()), taxes.value(3).toString(),
                           taxes.value(4).toLongLong(), taxes.value(5).toLongLong()});
        }
        auto totals = calc.totals();
        const qint64 net = docs.value(3).toLongLong();
        const qint64 tax = docs.value(4).toLongLong();
        const qint64 gross = docs.value(5).toLongLong();
        if (problem.isEmpty() && (!totals || totals->net != net || storedNetSum != net))
            problem = tr("its net total %1 is not the sum of its lines").arg(net);
        if (problem.isEmpty() && (totals->tax != tax || gross != net + tax))
            problem = tr("its tax %1 or gross %2 does not follow from its lines").arg(tax).arg(gross);
        if (problem.isEmpty()) {
            qint64 base = 0, storedTax = 0;
            for (const TaxSubtotal &t : stored) {
                base += t.base;
                storedTax += t.tax;
                bool matched = false;
                for (const TaxSubtotal &c : totals->subtotals)
                    matched = matched || (c.category == t.category && c.rate == t.rate && c.base == t.base && c.tax == t.tax);
                if (!matched)
                    problem = tr("its stored VAT breakdown does not match its lines");
            }
            if (problem.isEmpty() && (base != net || storedTax != tax || stored.size() != totals->subtotals.size()))
                problem = tr("its stored VAT breakdown does not add up to its totals");
        }
        if (!problem.isEmpty()) {
            report.problems << tr("%1: %2").arg(number, problem);
            return {};
        }
        ++checked;
    }
    report.passed << tr("%n posted document(s): totals and VAT follow from their lines", nullptr, static_cast<int>(checked));
    return {};
}

// The maintained summaries of migration 0006 equal what the documents and payments say: each
// recomputed here from them and compared row by row (a missing, extra or differing row, or a
// row left with a count of 0, is named).
Status IntegrityCheck::summaries(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report,
        QStringLiteral(
            "WITH want(k, n, a) AS (SELECT coalesce(due_date, ''), count(*), "
            "sum(total_gross - amount_paid - amount_credited) FROM documents "
            "WHERE status IN ('posted', 'partially_paid') AND +doc_type = 'invoice' GROUP BY 1), "
            "keys(k) AS (SELECT k FROM want UNION SELECT due_date FROM receivables_by_due) "
            "SELECT 'due date ' || quote(keys.k) || ': ' || coalesce(h.open_count, 0) || ' invoice(s), ' || "
            "coalesce(h.open_amount, 0) || ' open in the summary; the documents say ' || "
            "coalesce(w.n, 0) || ', ' || coalesce(w.a, 0) FROM keys LEFT JOIN want w ON w.k = keys.k "
            "LEFT JOIN receivables_by_due h ON h.due_date = keys.k "
            "WHERE coalesce(w.n, 0) <> coalesce(h.open_count, 0) OR coalesce(w.a, 0) <> coalesce(h.open_amount, 0) "
            "OR h.open_count = 0 ORDER BY keys.k LIMIT 1"),
        tr("Open receivables per due date equal the open invoices"), tr("The receivables summary differs: %1")));
    FACTURO_TRY(expectNone(report,
        QStringLiteral(
            "WITH want(c, k, n, a) AS (SELECT customer_id, CASE WHEN doc_type = 'invoice' "
            "THEN coalesce(due_date, '') ELSE '' END, count(*), sum(CASE WHEN doc_type = 'invoice' "
            "THEN 1 ELSE -1 END * (total_gross - amount_paid - amount_credited)) FROM documents "
            "WHERE status IN ('posted', 'partially_paid') AND ((doc_type = 'invoice' AND status IN "
            "('posted', 'partially_paid')) OR (doc_type = 'credit_note' AND status = 'posted')) "
            "AND total_gross - amount_paid - amount_credited <> 0 GROUP BY 1, 2), "
            "keys(c, k) AS (SELECT c, k FROM want UNION SELECT customer_id, due_date FROM "
            "receivables_by_customer_due) "
            "SELECT 'customer ' || keys.c || ', due date ' || quote(keys.k) || ': ' || "
            "coalesce(h.open_count, 0) || ' document(s), ' || coalesce(h.open_amount, 0) || "
            "' open in the summary; the documents say ' || coalesce(w.n, 0) || ', ' || coalesce(w.a, 0) "
            "FROM keys LEFT JOIN want w ON w.c = keys.c AND w.k = keys.k "
            "LEFT JOIN receivables_by_customer_due h ON h.customer_id = keys.c AND h.due_date = keys.k "
            "WHERE coalesce(w.n, 0) <> coalesce(h.open_count, 0) OR coalesce(w.a, 0) <> coalesce(h.open_amount, 0) "
            "OR h.open_count = 0 ORDER BY keys.c, keys.k LIMIT 1"),
        tr("Open receivables per customer equal the open documents"),
        tr("The receivables summary per customer differs: %1")));
    return expectNone(report,
        QStringLiteral(
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
            "OR (h.invoice_count = 0 AND h.payment_count = 0) ORDER BY keys.k LIMIT 1"),
        tr("Invoiced and collected per day equal the invoices and payments"), tr("The daily figures differ: %1"));
}

Status IntegrityCheck::settlements(IntegrityReport &report)
{
    FACTURO_TRY(expectNone(report,
                           QStringLiteral("SELECT d.number || ': ' || d.amount_paid || ' recorded as paid, payments add up to ' || "
                                          "coalesce((SELECT sum(amount) FROM payments p WHERE p.document_id = d.id), 0) "
                                          "FROM documents d WHERE d.amount_paid <> coalesce((SELECT sum(amount) FROM "
                                          "payments p WHERE p.document_id = d.id), 0) LIMIT 1"),
                           tr("Amounts paid equal the payments recorded"), tr("Payments do not add up: %1")));
    FACTURO_TRY(expectNone(report,
                           QStringLiteral("SELECT i.number || ': ' || i.amount_credited || ' credited, credit notes applied ' || "
                                          "coalesce((SELECT sum(c.amount_credited) FROM documents c WHERE "
                                          "c.credited_document_id = i.id AND c.status <> 'draft'), 0) FROM documents i "
                                          "WHERE i.doc_type = 'invoice' AND i.amount_credited <> coalesce((SELECT "
                                          "sum(c.amount_credited) FROM documents c WHERE c.credited_document_id = i.id "
                                          "AND c.status <> 'draft'), 0) LIMIT 1"),
                           tr("Credited amounts equal the credit notes applied"), tr("Credit notes do not add up: %1")));
    FACTURO_TRY(summaries(report));
    return expectNone(report,
                      QStringLiteral("SELECT number || ' is ' || status || ' with ' || "
                                     "(total_gross - amount_paid - amount_credited) || ' due' FROM documents "
                                     "WHERE doc_type = 'invoice' AND ((status IN ('paid', 'credited') AND total_gross "
                                     "- amount_paid - amount_credited <> 0) OR (status IN ('posted', 'partially_paid') AND total_gross "
                                     "- amount_paid - amount_credited <= 0 AND total_gross > 0)) LIMIT 1"),
                      tr("Every invoice's status agrees with what is due"), tr("A status does not agree: %1"));
}

Status IntegrityCheck::auditChain(IntegrityReport &report)
{
    auto verified = m_audit.verify();
    if (!verified)
        return verified.error();
    if (verified->intact)
        report.passed << verified->message;
    else
        report.problems << verified->message;
    return {};
}

Status IntegrityCheck::outbox(IntegrityReport &report)
{
    // Every message about a document names a posted document of its kind.
    FACTURO_TRY(expectNone(report,
        QStringLiteral("SELECT 'message ' || m.id || ' (' || m.kind || ') is about ' || CASE "
                       "WHEN m.document_id IS NULL THEN 'no document' "
                       "WHEN d.id IS NULL THEN 'document ' || m.document_id || ', which does not exist' "
                       "WHEN d.status = 'draft' THEN 'draft ' || d.id "
                       "ELSE coalesce(d.number, d.id) || ', a ' || replace(d.doc_type, '_', ' ') END "
                       "FROM outbox_messages m LEFT JOIN documents d ON d.id = m.document_id "
                       "WHERE (m.document_id IS NULL AND m.kind IN ('invoice', 'credit_note')) "
                       "OR (m.document_id IS NOT NULL AND (d.id IS NULL OR d.status = 'draft' "
                       "OR (m.kind = 'invoice' AND d.doc_type <> 'invoice') "
                       "OR (m.kind = 'credit_note' AND d.doc_type <> 'credit_note') "
                       "OR (m.kind = 'reminder' AND d.doc_type <> 'invoice'))) LIMIT 1"),
        tr("Every outbox message is about the posted document it names"),
        tr("An outbox message is about the wrong document: %1")));
    // Queue first: every message was queued with its "send" audit event (a row written around
    // the program has none).
    FACTURO_TRY(expectNone(report,
        QStringLiteral("SELECT 'message ' || m.id FROM outbox_messages m LEFT JOIN documents d ON d.id = m.document_id "
                       "WHERE NOT EXISTS (SELECT 1 FROM audit_events e WHERE e.entity = coalesce(d.doc_type, 'outbox') "
                       "AND e.entity_id = coalesce(d.id, m.id) AND e.action = 'send' "
                       "AND CASE WHEN json_valid(e.details) THEN json_extract(e.details, '$.outbox') END = m.id) "
                       "LIMIT 1"),
        tr("Every outbox message was queued with its audit event"),
        tr("An outbox message was not queued by Facturo (no \"send\" event in the audit trail): %1")));
    // What a sent invoice or credit note carries: the archived PDF, whole (or its archived Factur-X,
    // the same pages with the CII inside, which takes the PDF's place).
    FACTURO_TRY(expectNone(report,
        QStringLiteral("SELECT 'message ' || m.id || ' about ' || coalesce(d.number, d.id) || ' does not carry its "
                       "archived PDF' FROM outbox_messages m JOIN documents d ON d.id = m.document_id "
                       "WHERE m.kind IN ('invoice', 'credit_note') AND NOT EXISTS (SELECT 1 FROM outbox_attachments a "
                       "WHERE a.message_id = m.id AND (EXISTS (SELECT 1 FROM document_archive r "
                       "WHERE r.document_id = m.document_id AND r.sha256 = a.sha256) OR EXISTS (SELECT 1 FROM "
                       "einvoice_archive x WHERE x.document_id = m.document_id AND x.format = 'facturx' "
                       "AND x.sha256 = a.sha256))) "
                       "UNION ALL SELECT 'message ' || m.id || ' holds ' || length(m.mime) || ' bytes for ' || "
                       "sum(a.size) || ' bytes of attachments' FROM outbox_messages m "
                       "JOIN outbox_attachments a ON a.message_id = m.id GROUP BY m.id "
                       "HAVING length(m.mime) < sum(a.size) LIMIT 1"),
        tr("Every outbox message carries its attachments"), tr("An outbox message lost an attachment: %1")));
    // Nothing lost or counted twice between the outbox and the documents' send history.
    FACTURO_TRY(expectNone(report,
        QStringLiteral("SELECT 'message ' || m.id || ' is sent but missing from the send history of its document' "
                       "FROM outbox_messages m WHERE m.status = 'sent' AND m.document_id IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM document_sends s WHERE s.outbox_id = m.id) "
                       "UNION ALL SELECT 'the send history of document ' || s.document_id || ' lists message ' || "
                       "s.outbox_id || ', which is ' || coalesce(m.status || CASE WHEN m.document_id IS NOT "
                       "s.document_id THEN ' and about another document' ELSE '' END, 'missing') "
                       "FROM document_sends s LEFT JOIN outbox_messages m ON m.id = s.outbox_id "
                       "WHERE m.id IS NULL OR m.status <> 'sent' OR m.document_id IS NOT s.document_id LIMIT 1"),
        tr("Every message sent is in its document's send history, once"),
        tr("The outbox and the send history disagree: %1")));
    FACTURO_TRY(expectNone(report,
        QStringLiteral("SELECT 'message ' || id FROM outbox_messages WHERE status = 'sending' "
                       "AND (stage = '' OR attempts = 0 OR attempt_started_at IS NULL) LIMIT 1"),
        tr("Every message being sent was claimed by a sender"),
        tr("An outbox message is marked as being sent but no sender ever took it: %1")));

    // Not problems: a message left in "sending" by a program that stopped is re-queued (or
    // marked to check, if its content may have reached the server) when the sender next starts.
    QSqlQuery q = readOnlyQuery(m_ctx.db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(status = 'sending'), 0), coalesce(sum(status = 'check'), 0) "
                               "FROM outbox_messages"))
        || !q.next())
        return Database::queryError(q, tr("check the outbox"));
    const int sending = q.value(0).toInt();
    const int toCheck = q.value(1).toInt();
    if (sending > 0)
        report.passed << tr("%n message(s) being sent, or interrupted by a stop: the sender queues them again (or "
                            "asks to check them) when it next starts", nullptr, sending);
    if (toCheck > 0)
        report.passed << tr("%n message(s) whose delivery is unknown wait for the user to check them", nullptr, toCheck);
    return {};
}

Status IntegrityCheck::parties(IntegrityReport &report)
{
    if (m_ctx.db.schemaVersion() < 9)
        return {};
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    if (company->postalAddress.toReview)
        report.warnings << tr("The company's address could not be split into street, postcode, city and country: "
                              "complete it (facturo-cli settings company --street … --postcode … --city … --country …)");
    auto customers = m_ctx.customers.addressesToReview();
    if (!customers)
        return customers.error();
    for (const auto &[id, name] : customers.value())
        report.warnings << tr("Customer %1 (%2): the address could not be split into street, postcode, city and "
                              "country: complete it (facturo-cli customer edit %1 …)")
                               .arg(id)
                               .arg(name);
    if (!company->postalAddress.toReview && customers->isEmpty())
        report.passed << tr("Every address is structured (street, postcode, city, country) or empty");
    return {};
}
