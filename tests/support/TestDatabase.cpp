#include "TestDatabase.h"

#include "SqlStatement.h"
#include "TestServer.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <map>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {
const QDateTime testStart(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC);

// A new company file, made once per test program and copied for each TestLedger: every test
// starts from the same bytes a new company file has, without paying for the migrations (and the
// company set-up) again in each test. The copy is made of a closed file, so it has no WAL.
struct CompanyTemplate
{
    QString path;
    qint64 customerId = 0;
};

const CompanyTemplate &companyTemplate(bool setUp)
{
    static QTemporaryDir dir;
    static std::map<std::pair<bool, bool>, CompanyTemplate> made; // (set up, on a server)
    const std::pair<bool, bool> key(setUp, TestServer::enabled());
    auto found = made.find(key);
    if (found != made.end())
        return found->second;
    REQUIRE(dir.isValid());
    CompanyTemplate t;
    // On a server the template is a database each test's is copied from; else a file.
    const QString location = TestServer::enabled()
        ? TestServer::clerkUri(t.path = TestServer::createDatabase())
        : (t.path = dir.filePath(setUp ? QStringLiteral("set-up.facturo") : QStringLiteral("new.facturo")));
    if (TestServer::enabled())
        TestServer::initSchema(t.path);
    {
        FixedClock clock(testStart);
        auto ledger = Ledger::open(location, Database::OpenMode::CreateIfMissing, clock);
        INFO(ledger.message().toStdString());
        REQUIRE(ledger.ok());
        if (setUp) {
            const Status done = ledger.value()->setUp(TestLedger::sampleCompany(), QStringLiteral("marie"),
                                                      Percentage::fromInteger(20));
            INFO(done.message().toStdString());
            REQUIRE(done.ok());
            t.customerId = TestLedger::addCustomerTo(*ledger.value(), QStringLiteral("Boulangerie Martin SARL"),
                                                     QStringLiteral("FR40303265045"));
        }
    }
    if (!TestServer::enabled())
        REQUIRE_FALSE(QFileInfo::exists(t.path + QStringLiteral("-wal")));
    return made.emplace(key, t).first->second;
}
} // namespace

TestLedger::TestLedger(bool setUp)
    : m_path(m_dir.filePath(QStringLiteral("company.facturo"))),
      m_clock(testStart)
{
    REQUIRE(m_dir.isValid());
    const CompanyTemplate &made = companyTemplate(setUp);
    if (TestServer::enabled()) {
        m_serverDatabase = TestServer::createDatabase(made.path);
        m_path = TestServer::clerkUri(m_serverDatabase);
    } else {
        REQUIRE(QFile::copy(made.path, m_path));
        REQUIRE(QFile::setPermissions(m_path,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    auto ledger = Ledger::open(m_path, Database::OpenMode::MustExist, m_clock);
    INFO(ledger.message().toStdString());
    REQUIRE(ledger.ok());
    m_ledger = std::move(ledger).value();
    m_customerId = made.customerId;
    if (setUp) {
        const Status signedIn = m_ledger->signIn(QStringLiteral("marie")); // as setUp() leaves it
        INFO(signedIn.message().toStdString());
        REQUIRE(signedIn.ok());
    }
}

TestLedger::~TestLedger()
{
    m_ledger.reset();
    if (!m_serverDatabase.isEmpty())
        TestServer::dropDatabase(m_serverDatabase);
}

void TestLedger::tamper(const QStringList &statements)
{
    if (!m_serverDatabase.isEmpty()) {
        TestServer::runAsSuperuser(m_serverDatabase, statements);
        return;
    }
    for (const QString &sql : statements) {
        const Status done = m_ledger->database().execute(sql);
        INFO(sql.toStdString() << ": " << done.message().toStdString());
        REQUIRE(done.ok());
    }
}

QString TestLedger::blobLiteral(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    return TestServer::enabled() ? QStringLiteral("'\\x%1'::bytea").arg(hex) : QStringLiteral("x'%1'").arg(hex);
}

void TestLedger::dropTriggers(const QStringList &names)
{
    QStringList drops;
    for (const QString &name : names) {
        if (m_serverDatabase.isEmpty())
            drops << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name);
        else // a trigger of PostgreSQL is dropped ON its table
            drops << QStringLiteral("DO $$DECLARE r record; BEGIN FOR r IN SELECT t.tgname, c.relname FROM pg_trigger t "
                                    "JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = '%1' LOOP "
                                    "EXECUTE format('DROP TRIGGER %I ON %I', r.tgname, r.relname); END LOOP; END$$")
                         .arg(name);
    }
    tamper(drops);
}

void TestLedger::tamperWithoutTriggers(const QStringList &statements, const QStringList &fileTriggers)
{
    if (m_serverDatabase.isEmpty()) {
        dropTriggers(fileTriggers);
        tamper(statements);
        return;
    }
    tamper(QStringList{QStringLiteral("SET session_replication_role = replica")} + statements);
}

CompanySettings TestLedger::sampleCompany()
{
    CompanySettings c;
    c.name = QStringLiteral("Climatec Services SAS");
    c.address = QStringLiteral("12 rue des Artisans\n69003 Lyon\nFrance");
    c.vatId = QStringLiteral("FR32123456789");
    c.registration = QStringLiteral("RCS Lyon 123 456 789");
    c.email = QStringLiteral("billing@climatec.example");
    c.iban = QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    c.bic = QStringLiteral("AGRIFRPP");
    c.bankName = QStringLiteral("Crédit Agricole");
    c.currency = QStringLiteral("EUR");
    return c;
}

qint64 TestLedger::addCustomer(const QString &name, const QString &vatId)
{
    return addCustomerTo(*m_ledger, name, vatId);
}

qint64 TestLedger::addCustomerTo(Ledger &ledger, const QString &name, const QString &vatId)
{
    Customer c;
    c.name = name;
    c.billingAddress = QStringLiteral("3 place Bellecour\n69002 Lyon");
    c.vatId = vatId;
    c.language = QStringLiteral("fr");
    c.contacts.append({0, QStringLiteral("Comptabilité"), QStringLiteral("compta@example.fr"), QString(), QString(), true});
    auto id = ledger.customers().add(c);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

DocumentLine makeLine(const QString &description, const QString &quantity, const QString &price, const QString &rate,
                      const QString &discount)
{
    DocumentLine l;
    l.description = description;
    l.quantity = Quantity::parse(quantity).value();
    l.unitPrice = UnitPrice::parse(price).value();
    l.taxRate = Percentage::parse(rate).value();
    l.taxCategory = l.taxRate.isZero() ? TaxCategory::Zero : TaxCategory::Standard;
    l.discount = Percentage::parse(discount).value();
    l.kind = LineKind::Other;
    return l;
}

qint64 TestLedger::draftWith(const QList<std::tuple<QString, QString, QString, QString>> &lines, qint64 customerId)
{
    auto id = m_ledger->drafts().createInvoice(customerId > 0 ? customerId : m_customerId);
    REQUIRE(id.ok());
    for (const auto &[description, quantity, price, rate] : lines) {
        auto added = m_ledger->drafts().addLine(id.value(), makeLine(description, quantity, price, rate));
        INFO(added.message().toStdString());
        REQUIRE(added.ok());
    }
    return id.value();
}

QString TestLedger::postNew(const QString &price)
{
    const qint64 id = draftWith({{QStringLiteral("Service"), QStringLiteral("1"), price, QStringLiteral("20")}});
    auto number = m_ledger->posting().post(id);
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    return number.value();
}

void TestLedger::reopen()
{
    const QString user = m_ledger->user().name;
    m_ledger.reset();
    auto ledger = Ledger::open(m_path, Database::OpenMode::MustExist, m_clock);
    REQUIRE(ledger.ok());
    m_ledger = std::move(ledger).value();
    if (!user.isEmpty())
        REQUIRE(m_ledger->signIn(user).ok());
}

QString TestLedger::saveCopy(const QString &file)
{
    if (m_serverDatabase.isEmpty()) {
        const Status saved = m_ledger->backupTo(file);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        return file;
    }
    const QString user = m_ledger->user().name;
    m_ledger.reset(); // CREATE DATABASE ... TEMPLATE needs the source without sessions
    const QString copy = TestServer::clerkUri(TestServer::createDatabase(m_serverDatabase));
    auto ledger = Ledger::open(m_path, Database::OpenMode::MustExist, m_clock);
    REQUIRE(ledger.ok());
    m_ledger = std::move(ledger).value();
    if (!user.isEmpty())
        REQUIRE(m_ledger->signIn(user).ok());
    return copy;
}

QString TestLedger::dump()
{
    if (!m_serverDatabase.isEmpty())
        return serverDump();
    QSqlDatabase db = m_ledger->database().connection();
    QString out;
    QSqlQuery tables(db);
    REQUIRE(tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY type, name")));
    QStringList names;
    while (tables.next()) {
        out += tables.value(1).toString() + QLatin1Char('\n');
        names << tables.value(0).toString();
    }
    tables.finish();
    QSqlQuery version(db);
    REQUIRE(version.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(version.next());
    out += QStringLiteral("user_version=%1\n").arg(version.value(0).toInt());
    version.finish();
    QSqlQuery kinds(db);
    REQUIRE(kinds.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tableNames;
    while (kinds.next())
        tableNames << kinds.value(0).toString();
    kinds.finish();
    for (const QString &table : std::as_const(tableNames)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table)));
        out += QStringLiteral("== %1\n").arg(table);
        // The column count once: QSqlQuery::record() copies every field and value of the row.
        const int columns = rows.record().count();
        while (rows.next()) {
            QStringList cells;
            for (int i = 0; i < columns; ++i)
                cells << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

int runProgram(const QString &program, const QStringList &arguments, QString *out, QString *err,
               const QByteArray &input, const QStringList &extraEnv)
{
    QProcess process;
    if (!extraEnv.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env << extraEnv;
        process.setEnvironment(env);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(30000))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

// On a server: the schema as the catalog has it (columns, triggers and whether they fire), then
// every table's rows as JSON text, sorted.
QString TestLedger::serverDump()
{
    return dumpServerCompany(m_ledger->database());
}

QString dumpServerCompany(Database &db)
{
    QString out;
    QStringList tables;
    {
        SqlStatement q(db, "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid "
                           "AND a.attnum > 0 AND NOT a.attisdropped WHERE n.nspname = current_schema() "
                           "AND c.relkind = 'r' ORDER BY c.relname, a.attnum");
        const Status done = q.exec(QStringLiteral("read the catalog"));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        while (q.next()) {
            out += q.text(0) + QLatin1Char('.') + q.text(1) + QLatin1Char(' ') + q.text(2) + QLatin1Char('\n');
            if (tables.isEmpty() || tables.last() != q.text(0))
                tables << q.text(0);
        }
    }
    {
        SqlStatement q(db, "SELECT c.relname || ' ' || t.tgname || ' ' || CAST(t.tgenabled AS TEXT) FROM pg_trigger t "
                           "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = current_schema() AND NOT t.tgisinternal ORDER BY 1");
        REQUIRE(q.exec(QStringLiteral("read the catalog")).ok());
        while (q.next())
            out += q.text(0) + QLatin1Char('\n');
    }
    for (const QString &table : std::as_const(tables)) {
        SqlStatement rows(db, QStringLiteral("SELECT CAST(row_to_json(x) AS TEXT) FROM \"%1\" x ORDER BY 1").arg(table));
        const Status done = rows.exec(QStringLiteral("read %1").arg(table));
        INFO(done.message().toStdString());
        REQUIRE(done.ok());
        out += QStringLiteral("== %1\n").arg(table);
        while (rows.next())
            out += rows.text(0) + QLatin1Char('\n');
    }
    return out;
}

QByteArray companyContent(const QString &location)
{
    if (!TestServer::enabled() || !location.startsWith(QLatin1String("postgresql:"))) {
        QFile file(location);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    auto db = Database::open(location, Database::OpenMode::MustExist);
    INFO(db.message().toStdString());
    REQUIRE(db.ok());
    return dumpServerCompany(*db.value()).toUtf8();
}

QString newCompanyLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (TestServer::enabled())
        return TestServer::clerkUri(TestServer::createEmptyCompany());
    return dir.filePath(fileName);
}
