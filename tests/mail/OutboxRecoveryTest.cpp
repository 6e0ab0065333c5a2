#include "OutboxTestSupport.h"
#include "SmtpTestServer.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>

#include <catch2/catch.hpp>

using OutboxTest::Fixture;

namespace {
int auditCount(Fixture &f, qint64 documentId, const QString &action)
{
    return static_cast<int>(f.auditEvents(documentId, action).size());
}

// What a crash leaves: the message claimed by a sender that then vanished.
qint64 claimAndVanish(Fixture &f, bool afterData)
{
    auto claimed = f.outbox().claimNextDue();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    const qint64 id = (*claimed)->id;
    if (afterData)
        REQUIRE(f.outbox().markDataStage(id).ok());
    f.reopen(); // the program is gone; a new one opens the file
    REQUIRE(f.message(id).status == OutboxStatus::Sending);
    return id;
}
} // namespace

TEST_CASE("a message left in 'sending' before any data went out is queued again and delivered once")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());
    const qint64 id = claimAndVanish(f, false);
    CHECK(id == queued.value());

    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Sent);
    CHECK(server.messages().size() == 1);
    const OutboxMessage m = f.message(id);
    CHECK(m.status == OutboxStatus::Sent);
    CHECK(m.attempts == 1); // the interrupted attempt does not count

    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().size() == 1);
}

TEST_CASE("a message left in 'sending' after its data may have gone out is marked to check, never resent")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    const qint64 invoice = f.postInvoice();
    auto queued = f.queueInvoice(invoice);
    REQUIRE(queued.ok());
    const qint64 id = claimAndVanish(f, true);

    CHECK(f.runSender(server.port()).isEmpty());
    OutboxMessage m = f.message(id);
    CHECK(m.status == OutboxStatus::Check);
    CHECK(m.lastError.contains(QStringLiteral("may have been delivered")));
    CHECK(auditCount(f, invoice, QStringLiteral("send_unknown")) == 1);
    f.advanceSeconds(24 * 3600);
    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().isEmpty());
    CHECK(server.commandsLog().isEmpty());

    SECTION("the user confirms it arrived: recorded as sent, with its history")
    {
        REQUIRE(f.outbox().confirmSent(id).ok());
        CHECK(f.message(id).status == OutboxStatus::Sent);
        auto history = f.outbox().history(invoice);
        REQUIRE(history.ok());
        CHECK(history->size() == 1);
        CHECK(auditCount(f, invoice, QStringLiteral("send_confirmed")) == 1);
        CHECK(server.messages().isEmpty());
    }
    SECTION("the user sends it again: delivered once")
    {
        REQUIRE(f.outbox().resend(id).ok());
        const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
        REQUIRE(outcomes.size() == 1);
        CHECK(outcomes.at(0).status == OutboxStatus::Sent);
        CHECK(server.messages().size() == 1);
        CHECK(server.messageData(0) == f.message(id).mime); // the same message, same Message-ID
    }
}

TEST_CASE("a connection lost after the whole message was sent is marked to check, not resent")
{
    SmtpTestServer server({QStringLiteral("--drop-after-data")});
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    auto queued = f.queueInvoice(f.postInvoice());
    REQUIRE(queued.ok());

    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes.at(0).status == OutboxStatus::Check);
    CHECK(server.messages().size() == 1); // the server did take it
    CHECK(f.message(queued.value()).status == OutboxStatus::Check);
    f.advanceSeconds(3600);
    CHECK(f.runSender(server.port()).isEmpty());
    CHECK(server.messages().size() == 1);
    CHECK(server.commandsLog().count(QStringLiteral("MAIL FROM")) == 1);
}

TEST_CASE("only one sender works on a company file at a time")
{
    Fixture f;
    f.configure(2525);
    OutboxSender first(f.outbox());
    REQUIRE(first.start().ok());
    OutboxService other(f.t->context(), f.t->audit());
    OutboxSender second(other);
    const Status refused = second.start();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("Another program")));
    first.stop();
    CHECK(second.start().ok());
    second.stop();
}

TEST_CASE("several messages go out one after the other in the order they became due")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    Fixture f;
    f.configure(server.port());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        auto queued = f.queueInvoice(f.postInvoice(QString::number(100 + i)));
        REQUIRE(queued.ok());
        ids << queued.value();
    }
    const QList<OutboxTest::Outcome> outcomes = f.runSender(server.port());
    REQUIRE(outcomes.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(outcomes.at(i).id == ids.at(i));
        CHECK(outcomes.at(i).status == OutboxStatus::Sent);
    }
    REQUIRE(server.messages().size() == 5);
    CHECK(server.messageData(4) == f.message(ids.at(4)).mime);
}

TEST_CASE("on a company file the sender lock is a lock file next to it, taken over from a dead program", "[file]")
{
    Fixture f;
    f.configure(2525);
    const QString lockPath = f.t.path() + QStringLiteral(".outbox-lock");
    {
        OutboxSender sender(f.outbox());
        REQUIRE(sender.start().ok());
        CHECK(QFile::exists(lockPath));
        sender.stop();
        CHECK_FALSE(QFile::exists(lockPath));
    }
    // What a killed program leaves: its lock file, naming a process that no longer runs.
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"));
    REQUIRE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    REQUIRE(gone.waitForFinished());
    QFile stale(lockPath);
    REQUIRE(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(deadPid) + "\nfacturo\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    stale.close();
    OutboxSender next(f.outbox());
    const Status started = next.start();
    INFO(started.message().toStdString());
    CHECK(started.ok());
    next.stop();
}
