#include "BulkLoad.h"

#include "SqlStatement.h"
#include "Transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

// Copies committed pages from the write-ahead log into the file while the load goes on, on the
// machine's other core. A passive checkpoint never waits for the writer nor stops it.
class BulkLoad::Checkpointer
{
public:
    explicit Checkpointer(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
            return; // the load still works: its own connection copies the log at each commit
        }
        sqlite3_exec(m_db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
        m_thread = std::thread([this] { run(); });
    }
    ~Checkpointer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
        sqlite3_close(m_db);
    }
    bool running() const { return m_db != nullptr; }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stop) {
            lock.unlock();
            sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
            m_wake.wait_for(lock, std::chrono::milliseconds(20), [this] { return m_stop; });
        }
    }

    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
};

namespace {
// The settings key that records what a load suspended: a JSON array of the CREATE TRIGGER and
// CREATE INDEX statements it dropped, written in the transaction that drops them.
const char *const SuspendedKey = "search_index_suspended";

Result<QString> suspendedTriggers(Database &db)
{
    SqlStatement q(db, "SELECT value FROM settings WHERE key = :key");
    q.bind(":key", QString::fromLatin1(SuspendedKey));
    FACTURO_TRY(q.exec(BulkLoad::tr("read the state of the search index")));
    return q.next() ? q.text(0) : QString();
}

// Inside a transaction: fills both search tables from the documents and their lines, recreates
// the triggers and indexes recorded under SuspendedKey and forgets the record.
Status restore(Database &db, const QString &recorded)
{
    const QString doing = BulkLoad::tr("rebuild the search index");
    FACTURO_TRY(db.execute(QStringLiteral("DELETE FROM document_search")));
    FACTURO_TRY(db.execute(QStringLiteral("DELETE FROM line_search")));
    FACTURO_TRY(db.execute(QStringLiteral("INSERT INTO document_search (rowid, number, customer_name) "
                                          "SELECT id, coalesce(number, ''), customer_name FROM documents")));
    FACTURO_TRY(db.execute(QStringLiteral("INSERT INTO line_search (rowid, description, document_id) "
                                          "SELECT id, description, document_id FROM document_lines")));
    const QJsonArray statements = QJsonDocument::fromJson(recorded.toUtf8()).array();
    for (const QJsonValue &sql : statements)
        FACTURO_TRY(db.execute(sql.toString()));
    SqlStatement q(db, "DELETE FROM settings WHERE key = :key");
    q.bind(":key", QString::fromLatin1(SuspendedKey));
    return q.exec(doing);
}
} // namespace

BulkLoad::BulkLoad(Database &db) : m_db(db) {}

BulkLoad::~BulkLoad()
{
    if (m_active)
        (void)finish();
}

Status BulkLoad::begin()
{
    Q_ASSERT(m_db.transactionDepth() == 0);
    if (m_db.isServer()) { // the file's settings, log and index suspension: none on a server
        m_active = true;
        m_db.setFlatNesting(true);
        return {};
    }
    // A new file being filled: a power cut may lose it, a killed process does not (WAL).
    FACTURO_TRY(m_db.execute(QStringLiteral("PRAGMA synchronous = OFF")));
    FACTURO_TRY(m_db.execute(QStringLiteral("PRAGMA cache_size = -1048576")));
    m_active = true;
    m_checkpointer = std::make_unique<Checkpointer>(m_db.path());
    FACTURO_TRY(m_db.execute(m_checkpointer->running() ? QStringLiteral("PRAGMA wal_autocheckpoint = 0")
                                                       : QStringLiteral("PRAGMA wal_autocheckpoint = 16384")));
    m_db.setFlatNesting(true);

    Transaction tx(m_db);
    FACTURO_TRY(tx.began());
    auto already = suspendedTriggers(m_db);
    if (!already)
        return already.error();
    if (!already->isEmpty())
        return tx.commit(); // an earlier load was interrupted: its record still holds the triggers
    // What is suspended: the search triggers, and the indexes nothing in a load reads (lists,
    // reports and reminders do), which would otherwise take about a fifth of its time. Unique
    // indexes stay: they are rules. Each is recreated in one sorted pass at the end. Posting reads
    // documents_type_issue_date (the last issue date of the type, ChronologyRepository) and a
    // payment journal_entries_payment (its book digest): without them each read scans the table
    // and the load grows with the square of its size, so they stay.
    QJsonArray statements;
    QStringList drops;
    {
        SqlStatement q(m_db, "SELECT type, name, sql FROM sqlite_master WHERE (type = 'trigger' AND name IN "
                             "('document_search_insert', 'document_search_update', 'document_search_delete', "
                             "'line_search_insert', 'line_search_update', 'line_search_delete')) OR (type = 'index' "
                             "AND name IN ('documents_status_due', 'documents_customer', 'documents_issue_date', "
                             "'documents_open_invoices', 'documents_customer_name', "
                             "'documents_due_date', 'documents_signed_total', 'documents_signed_due', "
                             "'documents_status_rank', 'journal_entries_date', "
                             "'journal_lines_account', 'payments_date', "
                             "'audit_events_entity')) ORDER BY type, name");
        FACTURO_TRY(q.exec(tr("read the search index triggers")));
        while (q.next()) {
            drops << (q.text(0) == QLatin1String("index") ? QStringLiteral("DROP INDEX ") : QStringLiteral("DROP TRIGGER "))
                    + q.text(1);
            statements.append(q.text(2));
        }
    }
    if (drops.isEmpty())
        return tx.commit();
    for (const QString &drop : std::as_const(drops))
        FACTURO_TRY(m_db.execute(drop));
    SqlStatement q(m_db, "INSERT INTO settings (key, value) VALUES (:key, :value)");
    q.bind(":key", QString::fromLatin1(SuspendedKey));
    q.bind(":value", QString::fromUtf8(QJsonDocument(statements).toJson(QJsonDocument::Compact)));
    FACTURO_TRY(q.exec(tr("suspend the search index")));
    return tx.commit();
}

Status BulkLoad::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    m_db.setFlatNesting(false);
    if (m_db.isServer())
        return {};
    m_checkpointer.reset();
    Status restored = repairSearchIndex(m_db);
    // The file's own settings again (Database::configure).
    Status durable = m_db.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    if (durable)
        durable = m_db.execute(QStringLiteral("PRAGMA cache_size = -32768"));
    if (durable)
        durable = m_db.execute(QStringLiteral("PRAGMA synchronous = FULL"));
    if (durable)
        durable = m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return restored ? durable : restored;
}

void BulkLoad::committed()
{
    if (!m_checkpointer || !m_checkpointer->running() || m_db.transactionDepth() > 0)
        return;
    // The log starts over at the next transaction only if every frame is in the file by then:
    // copy what the thread has not copied yet (nothing, usually). Busy: the next commit retries.
    const bool huge = QFileInfo(m_db.path() + QStringLiteral("-wal")).size() > (qint64(1) << 30);
    (void)m_db.execute(huge ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                            : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Status BulkLoad::repairSearchIndex(Database &db)
{
    auto recorded = suspendedTriggers(db);
    if (!recorded)
        return recorded.error();
    if (recorded->isEmpty())
        return {};
    Transaction tx(db);
    FACTURO_TRY(tx.began());
    // Read again under the write lock: another program may have restored it meanwhile.
    recorded = suspendedTriggers(db);
    if (!recorded)
        return recorded.error();
    if (recorded->isEmpty())
        return tx.commit();
    FACTURO_TRY(restore(db, recorded.value()));
    return tx.commit();
}
