#pragma once

#include "Clock.h"
#include "Ledger.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh company file in its own temporary folder, set up like a real firm: complete seller
// details, a manager, default tax rates (20 % standard) and a customer. Each test gets its own.
class TestLedger
{
public:
    // A new company file (a copy of one made once per test program), set up with the sample
    // company and one customer unless setUp is false.
    explicit TestLedger(bool setUp = true);
    ~TestLedger();
    TestLedger(const TestLedger &) = delete;
    TestLedger &operator=(const TestLedger &) = delete;

    Ledger &ledger() { return *m_ledger; }
    Ledger *operator->() { return m_ledger.get(); }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    qint64 customerId() const { return m_customerId; }

    static CompanySettings sampleCompany();
    qint64 addCustomer(const QString &name, const QString &vatId = {});
    static qint64 addCustomerTo(Ledger &ledger, const QString &name, const QString &vatId = {});
    // A draft with the given lines ("description", quantity text, price text, rate text).
    qint64 draftWith(const QList<std::tuple<QString, QString, QString, QString>> &lines, qint64 customerId = 0);
    QString postNew(const QString &price = QStringLiteral("100"));
    // The company's location: the file, or on a server (TestServer) the clerk's URI.
    // Reopens the file (after a test changed it behind the ledger's back).
    void reopen();

    // Owner-level changes behind the ledger's back, as someone with the file (or the server's keys)
    // would make them: on a file through its own connection, on a server as the superuser.
    void tamper(const QStringList &statements);
    // Drops the triggers named (those that exist): the same DROP on either engine.
    void dropTriggers(const QStringList &names);
    // Runs the statements with every trigger off: on a file the named triggers are dropped first,
    // on a server they stay and the session runs as a replica (session_replication_role).
    void tamperWithoutTriggers(const QStringList &statements, const QStringList &fileTriggers);

    // A literal of these bytes in the SQL tamper() runs: x'..' on a file, '\x..'::bytea on a server.
    static QString blobLiteral(const QByteArray &bytes);

    // Every table's rows in a stable text form: equal dumps mean a logically equal file.
    QString dump();

    // A copy of the company as it stands, that nobody holds open (for the programs a test starts):
    // on a file a verified backup at `file`; on a server a new database copied from this one (the
    // ledger's session is closed for the copy, then opened again), its clerk's URI. A server copy
    // outlives the TestLedger: TestServer::dropDatabase(TestServer::databaseOf(uri)) drops it.
    QString saveCopy(const QString &file);

private:
    QString serverDump();

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_customerId = 0;
    QString m_serverDatabase; // on a server: the test's database, dropped at the end
};

DocumentLine makeLine(const QString &description, const QString &quantity, const QString &price,
                      const QString &rate = QStringLiteral("20"), const QString &discount = QStringLiteral("0"));

// Where a test's new company goes: the file `fileName` in `dir`, or on a server (TestServer) a new
// database with the company schema and no company yet, as the clerk's URI (dropped after the test
// case). `facturo-cli --db LOCATION init` or `demo` makes the company there.
QString newCompanyLocation(const QTemporaryDir &dir, const QString &fileName);

// What a company holds, to see that a refused command changed nothing: a file's bytes, or on a
// server its schema and every table's rows (dumpServerCompany).
QByteArray companyContent(const QString &location);
QString dumpServerCompany(Database &db);

// Runs an external program and returns its exit code; output goes to `out` when given.
int runProgram(const QString &program, const QStringList &arguments, QString *out = nullptr,
               QString *err = nullptr, const QByteArray &input = {}, const QStringList &extraEnv = {});
