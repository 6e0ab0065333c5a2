#include "LedgerTestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace LedgerTest;

namespace {
// A plain SQLite connection of its own, as another program (or the sqlite3 shell) would open.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool done = q.exec(sql);
        INFO(str(sql) << ": " << str(q.lastError().text()));
        REQUIRE(done);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool done = q.exec(sql) && q.next();
        INFO(str(sql) << ": " << str(q.lastError().text()));
        REQUIRE(done);
        return q.value(0);
    }

private:
    QString m_name;
};

// The file's exact content, as a short printable fingerprint (size and SHA-256).
std::string bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    return std::to_string(bytes.size()) + " bytes, sha256 "
        + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().toStdString();
}

void writeBytes(const QString &path, const QByteArray &bytes, qint64 at = 0)
{
    QFile f(path);
    REQUIRE(f.open(at == 0 && !QFileInfo::exists(path) ? QIODevice::WriteOnly : QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    REQUIRE(f.write(bytes) == bytes.size());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

// Creates a migrated company file and closes it again.
void createCompanyFile(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    INFO(str(db.message()));
    REQUIRE(db.ok());
}

// Opening must fail with a storage error and leave the file (and its folder) exactly as it was.
Error refusedUnchanged(const QString &path)
{
    const std::string before = bytesOf(path);
    const QStringList filesBefore = filesIn(QFileInfo(path).absolutePath());
    const Error error = [&] {
        auto db = Database::open(path, Database::OpenMode::MustExist);
        REQUIRE_FALSE(db.ok());
        return db.error();
    }();
    CHECK(bytesOf(path) == before);
    CHECK(filesIn(QFileInfo(path).absolutePath()) == filesBefore);
    return error;
}

QList<std::pair<QString, qint64>> invoicesOf(Ledger &ledger)
{
    DocumentFilter filter;
    filter.type = DocumentType::Invoice;
    auto rows = ledger.context().documents.list(filter, 0, 1000);
    REQUIRE(rows.ok());
    QList<std::pair<QString, qint64>> out;
    for (const DocumentSummary &s : rows.value())
        out.append({s.number, s.totalGross});
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

TEST_CASE("migrating an empty file reaches the latest schema with every table", "[file]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("new.facturo"));
    const QString empty = dir.filePath(QStringLiteral("empty.facturo"));
    writeBytes(empty, QByteArray());
    REQUIRE(QFileInfo(empty).size() == 0);

    const QSet<QString> expected = {
        QStringLiteral("company"),
        QStringLiteral("settings"),
        QStringLiteral("users"),
        QStringLiteral("accounts"),
        QStringLiteral("tax_rates"),
        QStringLiteral("customers"),
        QStringLiteral("customer_contacts"),
        QStringLiteral("catalog_items"),
        QStringLiteral("service_orders"),
        QStringLiteral("time_entries"),
        QStringLiteral("parts_used"),
        QStringLiteral("quotations"),
        QStringLiteral("quotation_lines"),
        QStringLiteral("documents"),
        QStringLiteral("document_lines"),
        QStringLiteral("document_tax_lines"),
        QStringLiteral("payments"),
        QStringLiteral("journal_entries"),
        QStringLiteral("journal_lines"),
        QStringLiteral("audit_events"),
        QStringLiteral("number_sequences"),
    };
    for (const QString &path : {missing, empty}) {
        INFO(str(path));
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        INFO(str(db.message()));
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == Database::latestSchemaVersion());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QSet<QString> tables;
        while (q.next())
            tables.insert(q.value(0).toString());
        q.finish();
        for (const QString &table : expected) {
            INFO(str(table));
            CHECK(tables.contains(table));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(q.next());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("ok"));
    }

    // Reopening a migrated file applies nothing twice.
    auto again = Database::open(missing, Database::OpenMode::MustExist);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a company file from a newer version is refused and left unchanged", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.facturo"));
    createCompanyFile(path);
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    const Error error = refusedUnchanged(path);
    INFO(str(error.message()));
    CHECK(error.kind() == ErrorKind::Storage);
    CHECK(error.message().contains(QStringLiteral("newer version")));
    CHECK(error.message().contains(QStringLiteral("future.facturo")));
    RawConnection check(path);
    CHECK(check.value(QStringLiteral("PRAGMA user_version")).toInt() == 99);
}

TEST_CASE("a missing company file is reported by name when it must exist", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.facturo"));
    auto db = Database::open(path, Database::OpenMode::MustExist);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind() == ErrorKind::NotFound);
    CHECK(db.message().contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(filesIn(dir.path()).isEmpty());
}

TEST_CASE("a read-only company file is refused with a message saying so", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.facturo"));
    createCompanyFile(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const std::string before = bytesOf(path);

    if (geteuid() != 0) {
        const Error error = refusedUnchanged(path);
        INFO(str(error.message()));
        CHECK(error.kind() == ErrorKind::Storage);
        CHECK(error.message().contains(QStringLiteral("read-only")));
        return;
    }

    // As root, permission bits do not stop anything, so a file mode of 0444 cannot be observed
    // here. Observe it as an unprivileged user instead: a child process drops to "nobody" and
    // opens the file; it reports the error kind in its exit code and the message through a pipe.
    REQUIRE(QFile::setPermissions(dir.path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup));
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        constexpr uid_t nobody = 65534;
        if (setgid(nobody) != 0 || setuid(nobody) != 0)
            _exit(100);
        auto db = Database::open(path, Database::OpenMode::MustExist);
        const QByteArray message = db.message().toUtf8();
        (void)!write(fds[1], message.constData(), static_cast<size_t>(message.size()));
        close(fds[1]);
        _exit(db.ok() ? 101 : static_cast<int>(db.error().kind()));
    }
    close(fds[1]);
    QByteArray message;
    char buffer[512];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, n);
    close(fds[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    if (code == 100) {
        WARN("could not drop privileges to observe a read-only file; not checked here");
        return;
    }
    INFO(message.toStdString());
    CHECK(code == static_cast<int>(ErrorKind::Storage));
    CHECK(QString::fromUtf8(message).contains(QStringLiteral("read-only")));
    CHECK(bytesOf(path) == before);
    CHECK(filesIn(dir.path()) == QStringList {QStringLiteral("readonly.facturo")});
}

TEST_CASE("a corrupt company file gives a clear storage error", "[file]")
{
    QTemporaryDir dir;

    SECTION("random bytes")
    {
        const QString path = dir.filePath(QStringLiteral("noise.facturo"));
        std::mt19937 random(20260310);
        QByteArray noise(16384, Qt::Uninitialized);
        for (char &c : noise)
            c = static_cast<char>(random() & 0xFF);
        writeBytes(path, noise);
        const Error error = refusedUnchanged(path);
        INFO(str(error.message()));
        CHECK(error.kind() == ErrorKind::Storage);
        CHECK(error.message().contains(QStringLiteral("damaged")));
        CHECK(error.message().contains(QStringLiteral("noise.facturo")));
    }
    SECTION("a few bytes only")
    {
        const QString path = dir.filePath(QStringLiteral("stub.facturo"));
        writeBytes(path, QByteArrayLiteral("SQLite format 3"));
        const Error error = refusedUnchanged(path);
        INFO(str(error.message()));
        CHECK(error.kind() == ErrorKind::Storage);
        CHECK(error.message().contains(QStringLiteral("damaged")));
    }
    SECTION("a valid company file with its header overwritten")
    {
        const QString path = dir.filePath(QStringLiteral("header.facturo"));
        createCompanyFile(path);
        writeBytes(path, QByteArray(100, 'X'), 0);
        const Error error = refusedUnchanged(path);
        INFO(str(error.message()));
        CHECK(error.kind() == ErrorKind::Storage);
        CHECK(error.message().contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("a SQLite file of another program is refused and left alone", "[file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recipes.db"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"));
        raw.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('Tarte Tatin')"));
    }
    const Error error = refusedUnchanged(path);
    INFO(str(error.message()));
    CHECK(error.kind() == ErrorKind::Storage);
    CHECK(error.message().contains(QStringLiteral("not a Facturo company file")));
    RawConnection check(path);
    CHECK(check.value(QStringLiteral("SELECT name FROM recipes")).toString() == QStringLiteral("Tarte Tatin"));
    CHECK(check.value(QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("delete"));
}

TEST_CASE("a company file locked by another program makes a change fail after the busy timeout", "[file]")
{
    TestLedger t;
    const qint64 id
        = t.draftWith({{QStringLiteral("Work"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")}});
    const QString before = t.dump();
    {
        RawConnection other(t.path());
        other.exec(QStringLiteral("BEGIN EXCLUSIVE"));
        QElapsedTimer timer;
        timer.start();
        auto refused = t->posting().post(id);
        const qint64 waited = timer.elapsed();
        REQUIRE_FALSE(refused.ok());
        INFO(str(refused.message()) << " after " << waited << " ms");
        CHECK(refused.error().kind() == ErrorKind::Storage);
        CHECK(refused.message().contains(QStringLiteral("in use")));
        CHECK(waited >= 4000); // it waited for the other program (busy timeout of 5 s)
        CHECK(waited < 30000); // but not forever
        other.exec(QStringLiteral("ROLLBACK"));
    }
    CHECK(t.dump() == before);
    // Once the other program lets go, the same change goes through and takes the first number.
    CHECK(need(t->posting().post(id)) == QStringLiteral("INV-2026-00001"));
}

TEST_CASE("a backup is a complete, verified copy and never overwrites a file", "[file]")
{
    TestLedger t;
    t.postNew(QStringLiteral("100"));
    t.postNew(QStringLiteral("250.50"));
    const qint64 draft
        = t.draftWith({{QStringLiteral("Work"), QStringLiteral("3"), QStringLiteral("12.5"), QStringLiteral("20")}});
    need(t->payments().registerPayment(
        paymentOf(t->context().documents.idByNumber(QStringLiteral("INV-2026-00001")).value(), 5000)));
    const QString target = t.dir() + QStringLiteral("/backups/company-copy.facturo");
    need(t->backupTo(target));
    CHECK(filesIn(t.dir() + QStringLiteral("/backups"))
          == QStringList {QStringLiteral("company-copy.facturo"), QStringLiteral("company-copy.facturo.anchor")});
    {
        RawConnection raw(target);
        CHECK(raw.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
    }

    auto copy = Ledger::open(target, Database::OpenMode::MustExist, t.clock());
    INFO(str(copy.message()));
    REQUIRE(copy.ok());
    const auto original = invoicesOf(t.ledger());
    REQUIRE(original.size() == 3);
    CHECK(invoicesOf(*copy.value()) == original);
    CHECK(copy.value()->context().documents.find(draft).value().lines.size() == 1);
    auto inCopy = copy.value()->context().documents.idByNumber(QStringLiteral("INV-2026-00001"));
    REQUIRE(inCopy.ok());
    CHECK(copy.value()->context().documents.find(inCopy.value()).value().amountPaid == 5000);
    CHECK(need(copy.value()->audit().verify()).intact);
    copy.value().reset();

    const std::string backupBytes = bytesOf(target);
    auto refused = t->backupTo(target);
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.message()));
    CHECK(refused.message().contains(QStringLiteral("already exists")));
    CHECK(bytesOf(target) == backupBytes);
    // The company file itself is not an acceptable target either.
    CHECK_FALSE(t->backupTo(t.path()).ok());
}
