#include "CatchQtStrings.h"
#include "PgConnection.h"
#include "PgTestConnection.h"
#include "ServerChangeListener.h"
#include "SqlStatement.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "Transaction.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <catch2/catch.hpp>

#include <thread>

// The write rules of a company on a server: every write, even a lone statement, waits for the
// company's one-writer lock; a deadlock or serialization failure is run again inside the service;
// every committed write (and only that) tells the other clerks' windows.

namespace {
struct OnServer
{
    OnServer() { TestServer::force(true); }
    ~OnServer() { TestServer::force(std::nullopt); }
};

QString databaseOf(const TestLedger &t)
{
    return QUrl(t.path()).path().mid(1);
}

// A rule added behind the program's back that fails the first `times` rows written to `table`
// with `sqlState` (a sequence counts them: it is not undone by the rollback).
void failWrites(TestLedger &t, const QString &table, const QString &operation, int times, const QString &sqlState)
{
    t.tamper({QStringLiteral("CREATE SEQUENCE test_faults"),
        QStringLiteral("GRANT SELECT, USAGE ON SEQUENCE test_faults TO PUBLIC"),
        QStringLiteral("CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ "
                       "BEGIN IF nextval('test_faults') <= %1 THEN "
                       "RAISE EXCEPTION 'injected failure' USING ERRCODE = '%2'; END IF; RETURN NEW; END $$")
            .arg(times)
            .arg(sqlState),
        QStringLiteral("CREATE TRIGGER test_fault BEFORE %1 ON %2 FOR EACH ROW EXECUTE FUNCTION test_fault()")
            .arg(operation, table)});
}

qint64 faultsCounted(TestLedger &t)
{
    PgTestConnection admin(TestServer::superuserUri(databaseOf(t)));
    return admin.value(QStringLiteral("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM test_faults"))
        .toLongLong();
}

qint64 count(TestLedger &t, const char *sql)
{
    SqlStatement query(t->database(), sql);
    REQUIRE(query.exec(QStringLiteral("test")).ok());
    REQUIRE(query.next());
    return query.integer(0);
}
} // namespace

TEST_CASE("a deadlock while posting is run again inside the service: one number, no error", "[retry]")
{
    OnServer server;
    const auto sqlState = GENERATE(QStringLiteral("40P01"), QStringLiteral("40001"));
    TestLedger t;
    const QString first = t.postNew(QStringLiteral("10"));
    const qint64 draft = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), QStringLiteral("100"),
        QStringLiteral("20")}});
    failWrites(t, QStringLiteral("journal_entries"), QStringLiteral("INSERT"), 2, sqlState);
    const qint64 entries = count(t, "SELECT count(*) FROM journal_entries");

    auto number = t->posting().post(draft);
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    CHECK(faultsCounted(t) > 2); // two attempts failed, the third went through
    auto posted = t->context().documents.find(draft);
    REQUIRE(posted.ok());
    CHECK(posted->number == number.value());
    CHECK_FALSE(posted->isDraft());
    // The failed attempts left nothing: the next number follows the first one, journal balanced.
    const QString next = t.postNew(QStringLiteral("30"));
    CHECK(first.left(first.size() - 1) == next.left(next.size() - 1));
    CHECK(next.right(1).toInt() == first.right(1).toInt() + 2);
    CHECK(count(t, "SELECT count(*) FROM journal_entries") > entries);
    CHECK(count(t, "SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_lines") == 0);
    auto chain = t->audit().verify();
    REQUIRE(chain.ok());
    CHECK(chain->intact);
}

TEST_CASE("a failure that keeps coming back is reported after five attempts and changes nothing", "[retry]")
{
    OnServer server;
    TestLedger t;
    const qint64 draft = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), QStringLiteral("100"),
        QStringLiteral("20")}});
    failWrites(t, QStringLiteral("journal_entries"), QStringLiteral("INSERT"), 1000, QStringLiteral("40P01"));
    const QString before = t.dump();

    auto number = t->posting().post(draft);
    REQUIRE_FALSE(number.ok());
    CHECK(number.message().contains(QStringLiteral("injected failure")));
    CHECK(faultsCounted(t) == Database::MaxAttempts); // the first journal row of each attempt
    CHECK(t.dump() == before);
    auto still = t->context().documents.find(draft);
    REQUIRE(still.ok());
    CHECK(still->isDraft());
}

TEST_CASE("a payment is run again after a deadlock and recorded once", "[retry]")
{
    OnServer server;
    TestLedger t;
    const QString number = t.postNew(QStringLiteral("100"));
    SqlStatement find(t->database(), "SELECT id FROM documents WHERE number = :number");
    find.bind(":number", number);
    REQUIRE(find.exec(QStringLiteral("test")).ok());
    REQUIRE(find.next());
    const qint64 invoiceId = find.integer(0);
    find.finish();
    failWrites(t, QStringLiteral("payments"), QStringLiteral("INSERT"), 1, QStringLiteral("40P01"));

    PaymentRequest request;
    request.documentId = invoiceId;
    request.amount = 5000;
    request.date = t.clock().today();
    auto paid = t->payments().registerPayment(request);
    INFO(paid.message().toStdString());
    REQUIRE(paid.ok());
    CHECK(faultsCounted(t) == 2);
    CHECK(count(t, "SELECT count(*) FROM payments") == 1);
    CHECK(count(t, "SELECT coalesce(sum(amount), 0) FROM payments") == 5000);
}

TEST_CASE("every other service is run again after a deadlock too: a customer, a draft line, a service order", "[retry]")
{
    OnServer server;
    TestLedger t;
    failWrites(t, QStringLiteral("customers"), QStringLiteral("INSERT"), 1, QStringLiteral("40P01"));
    Customer customer;
    customer.name = QStringLiteral("Boulangerie Martin");
    customer.billingAddress = QStringLiteral("12 rue de la Paix\n75002 Paris");
    auto added = t->customers().add(customer);
    INFO(added.message().toStdString());
    REQUIRE(added.ok());
    CHECK(faultsCounted(t) == 2);
    CHECK(count(t, "SELECT count(*) FROM customers WHERE name = 'Boulangerie Martin'") == 1);

    const qint64 draft
        = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), QStringLiteral("100"), QStringLiteral("20")}});
    t.tamper({QStringLiteral("DROP TRIGGER test_fault ON customers"),
        QStringLiteral("ALTER SEQUENCE test_faults RESTART"),
        QStringLiteral(
            "CREATE TRIGGER test_fault BEFORE INSERT ON document_lines FOR EACH ROW EXECUTE FUNCTION test_fault()")});
    // The sequence restarted uncalled: the next row fails (its value 1), the one after goes in.
    auto line
        = t->drafts().addLine(draft, makeLine(QStringLiteral("Filter"), QStringLiteral("2"), QStringLiteral("15")));
    INFO(line.message().toStdString());
    REQUIRE(line.ok());
    CHECK(count(t, "SELECT count(*) FROM document_lines WHERE description = 'Filter'") == 1);
    auto stored = t->context().documents.find(draft);
    REQUIRE(stored.ok());
    CHECK(stored->lines.size() == 2);
    CHECK(stored->totalNet == 13000);
}

TEST_CASE("a lone write outside any transaction waits for the one-writer lock and is retried", "[lock]")
{
    OnServer server;
    TestLedger t;
    PgTestConnection other(TestServer::superuserUri(databaseOf(t)));
    REQUIRE(other.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(PgConnection::WriteLockKey)).ok);

    bool written = false;
    std::thread clerk([&] {
        SqlStatement update(t->database(), "UPDATE customers SET notes = 'called back' WHERE id = :id");
        update.bind(":id", t.customerId());
        written = update.exec(QStringLiteral("note")).ok();
    });
    // The clerk's session waits for the lock the other session holds.
    bool waiting = false;
    for (int i = 0; i < 200 && !waiting; ++i) {
        waiting = other.value(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                             "AND NOT granted AND objid = %1")
                                  .arg(PgConnection::WriteLockKey))
            == QStringLiteral("1");
        if (!waiting)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(waiting);
    CHECK(other.value(QStringLiteral("SELECT count(*) FROM customers WHERE notes = 'called back'"))
          == QStringLiteral("0"));
    REQUIRE(other.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(PgConnection::WriteLockKey)).ok);
    clerk.join();
    CHECK(written);
    CHECK(other.value(QStringLiteral("SELECT count(*) FROM customers WHERE notes = 'called back'"))
          == QStringLiteral("1"));

    // A deadlock of a lone write is run again too.
    failWrites(t, QStringLiteral("customers"), QStringLiteral("UPDATE"), 2, QStringLiteral("40P01"));
    SqlStatement again(t->database(), "UPDATE customers SET notes = 'twice' WHERE id = :id");
    again.bind(":id", t.customerId());
    CHECK(again.exec(QStringLiteral("test")).ok());
    CHECK(faultsCounted(t) == 3);
    CHECK(other.value(QStringLiteral("SELECT notes FROM customers WHERE id = %1").arg(t.customerId()))
          == QStringLiteral("twice"));
}

TEST_CASE("only committed writes of other sessions are announced, once per burst", "[notify]")
{
    OnServer server;
    TestLedger t;
    auto clerk = Ledger::open(t.path(), Database::OpenMode::MustExist, t.clock());
    REQUIRE(clerk.ok());
    Database &mine = t->database();
    ServerChangeListener listener(t.path(), [&] { return mine.server()->backendPid(); });
    listener.setQuietTime(50);
    QSignalSpy changes(&listener, &ServerChangeListener::changed);
    REQUIRE(listener.start().ok());
    Database &theirs = clerk.value()->database();
    auto settle = [&] {
        QTest::qWait(400);
        return changes.count();
    };

    { // read-only work
        Transaction tx(theirs);
        REQUIRE(tx.began().ok());
        SqlStatement read(theirs, "SELECT count(*) FROM documents");
        REQUIRE(read.exec(QStringLiteral("test")).ok());
        REQUIRE(tx.commit().ok());
    }
    { // a write rolled back
        Transaction tx(theirs);
        REQUIRE(tx.began().ok());
        SqlStatement write(theirs, "UPDATE customers SET notes = 'draft note'");
        REQUIRE(write.exec(QStringLiteral("test")).ok());
    }
    CHECK(settle() == 0);

    // My own session's writes are not news to me.
    t.addCustomer(QStringLiteral("Mine GmbH"));
    CHECK(settle() == 0);

    // Three commits in a burst: one change.
    for (const char *name : {"Their SARL", "Their BV", "Their SA"})
        TestLedger::addCustomerTo(*clerk.value(), QString::fromLatin1(name));
    CHECK(settle() == 1);
    SqlStatement lone(theirs, "UPDATE customers SET notes = 'lone' WHERE id = :id");
    lone.bind(":id", t.customerId());
    REQUIRE(lone.exec(QStringLiteral("test")).ok());
    CHECK(settle() == 2);
}

TEST_CASE("the listener comes back after its session is cut and says so", "[notify]")
{
    OnServer server;
    TestLedger t;
    ServerChangeListener listener(t.path(), [] { return 0; });
    listener.setQuietTime(20);
    listener.setReconnectInterval(100);
    QSignalSpy changes(&listener, &ServerChangeListener::changed);
    QSignalSpy connection(&listener, &ServerChangeListener::connectionChanged);
    REQUIRE(listener.start().ok());
    PgTestConnection admin(TestServer::superuserUri(databaseOf(t)));
    REQUIRE(admin.value(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                       "WHERE query LIKE 'LISTEN%'"))
            == QStringLiteral("1"));
    REQUIRE(connection.wait(5000));
    CHECK_FALSE(connection.at(0).at(0).toString().isEmpty());
    CHECK_FALSE(listener.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(connection.count(), 2, 5000);
    CHECK(connection.at(1).at(0).toString().isEmpty());
    CHECK(listener.isListening());
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 5000); // what was missed is read again
    t.addCustomer(QStringLiteral("After the cut"));
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 5000);
}
