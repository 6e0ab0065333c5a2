// The outbox of a company on the server with several senders: facturo-cli processes started
// while another one sends, killed (SIGKILL) in the middle of a message, and a sender in this
// process holding the lock. Against a real SMTP server (aiosmtpd, tests/mail/SmtpTestServer):
// every message is received once, a message received twice can only be one left "to check",
// nothing is lost, a killed sender's lock is taken over by the next one, a refused sender names
// the holder and changes nothing.
#include "CatchQtStrings.h"
#include "Ledger.h"
#include "MailSettingsService.h"
#include "OutboxSendLock.h"
#include "OutboxTestSupport.h"
#include "PgConnection.h"
#include "PgResult.h"
#include "SmtpTestServer.h"
#include "TestServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

#include <memory>

using OutboxTest::Fixture;

namespace {
// A company on the test server (TestServer: a fresh database, the clerk's login) with its mail
// server set to the local SMTP test server.
std::unique_ptr<Fixture> serverCompany(quint16 smtpPort)
{
    TestServer::force(true);
    auto f = std::make_unique<Fixture>();
    REQUIRE(f->t->context().db.isServer());
    f->configure(smtpPort);
    return f;
}

QList<qint64> queueInvoices(Fixture &f, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        auto queued = f.queueInvoice(f.postInvoice(QString::number(100 + i)));
        REQUIRE(queued.ok());
        ids << queued.value();
    }
    return ids;
}

// `facturo-cli --db URI outbox send` with no keychain reachable and no terminal.
class SenderProcess
{
public:
    SenderProcess(const QString &uri, const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        m_process.setProcessEnvironment(env);
        m_process.start(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")),
            {QStringLiteral("--db"), uri, QStringLiteral("outbox"), QStringLiteral("send")});
        REQUIRE(m_process.waitForStarted(30000));
        m_process.closeWriteChannel();
    }
    qint64 pid() const { return m_process.processId(); }
    bool running()
    {
        m_process.waitForFinished(0); // no event loop runs here: looks at the child now
        return m_process.state() != QProcess::NotRunning;
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(-1);
    }
    void wait()
    {
        if (m_process.state() != QProcess::NotRunning)
            REQUIRE(m_process.waitForFinished(120000));
        m_err = QString::fromUtf8(m_process.readAllStandardError());
    }
    bool refused() const { return m_err.contains(QStringLiteral("is sending the mail of this company")); }
    int code() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2; }
    const QString &err() const { return m_err; }

private:
    QProcess m_process;
    QString m_err;
};

// The application_name of the session holding the outbox lock on the database, if one does.
QString lockHolder(const QString &database)
{
    auto connection = PgConnection::connect(TestServer::superuserUri(database));
    REQUIRE(connection.ok());
    const PgResult result = PgResult::exec((*connection)->handle(),
        QByteArrayLiteral("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                          "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = ")
            + QByteArray::number(OutboxSendLock::ClassKey) + QByteArrayLiteral(" AND l.objid = ")
            + QByteArray::number(OutboxSendLock::Key)
            + QByteArrayLiteral(" AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
    REQUIRE(result.ok());
    return result.rows() == 0 ? QString() : result.text(0, 0);
}

QString databaseOf(const Fixture &f)
{
    return QUrl(f.t.path()).path().mid(1);
}

QString holderName(qint64 pid)
{
    return QStringLiteral("process %1 on %2").arg(pid).arg(QSysInfo::machineHostName());
}

// How often the SMTP server received each Message-ID.
QHash<QString, int> receivedCounts(const SmtpTestServer &server)
{
    QHash<QString, int> counts;
    for (int i = 0; i < server.messages().size(); ++i) {
        const QByteArray data = server.messageData(i);
        for (const QByteArray &line : data.left(data.indexOf("\r\n\r\n")).split('\n'))
            if (line.toLower().startsWith("message-id:"))
                counts[QString::fromLatin1(line.mid(11).trimmed()).remove(QLatin1Char('<')).remove(QLatin1Char('>'))]
                    += 1;
    }
    return counts;
}

int countWithStatus(Fixture &f, const QList<qint64> &ids, OutboxStatus status)
{
    int n = 0;
    for (qint64 id : ids)
        n += f.message(id).status == status ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("facturo-cli senders started while another sends deliver every message exactly once")
{
    SmtpTestServer server({QStringLiteral("--delay-data-reply"), QStringLiteral("0.05")});
    REQUIRE(server.isRunning());
    auto f = serverCompany(server.port());
    QList<qint64> ids = queueInvoices(*f, 30);
    QTemporaryDir dir;

    // A new sender every 150 ms, at most three at once, while anything waits; ten more messages
    // are queued once the first sender is done, for the ones after it.
    std::vector<std::unique_ptr<SenderProcess>> senders;
    int done = 0, refusals = 0, started = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        for (auto &s : senders)
            if (s && !s->running()) {
                s->wait();
                INFO(s->err().toStdString());
                if (s->refused()) {
                    ++refusals;
                    CHECK(s->err().contains(QStringLiteral("Another program (facturo-cli, process ")));
                    CHECK(s->code() == 1);
                } else {
                    CHECK(s->code() == 0);
                    ++done;
                }
                s.reset();
            }
        std::erase_if(senders, [](const auto &s) { return !s; });
        if (done == 1 && ids.size() == 30)
            ids += queueInvoices(*f, 10);
        const bool waiting = countWithStatus(*f, ids, OutboxStatus::Queued) > 0;
        if (!waiting && senders.empty())
            break;
        if (waiting && senders.size() < 3) {
            senders.push_back(std::make_unique<SenderProcess>(f->t.path(), dir));
            ++started;
        }
        QThread::msleep(150);
    }
    INFO("started " << started << ", sent " << done << ", refused " << refusals);
    REQUIRE(senders.empty());
    CHECK(refusals > 0); // they did meet
    CHECK(done >= 2);
    CHECK(ids.size() == 40);
    CHECK(countWithStatus(*f, ids, OutboxStatus::Sent) == ids.size());
    const QHash<QString, int> received = receivedCounts(server);
    CHECK(server.messages().size() == ids.size());
    for (qint64 id : ids) {
        INFO("message " << id);
        CHECK(received.value(f->message(id).messageId) == 1);
    }
    CHECK(lockHolder(databaseOf(*f)).isEmpty()); // released by the last one
}

TEST_CASE("senders killed in the middle of a message: nothing lost, nothing received twice unless to check, the "
          "next sender takes over the lock")
{
    SmtpTestServer server({QStringLiteral("--delay-data-reply"), QStringLiteral("0.15")});
    REQUIRE(server.isRunning());
    auto f = serverCompany(server.port());
    const QList<qint64> ids = queueInvoices(*f, 30);
    const QString database = databaseOf(*f);
    QTemporaryDir dir;
    QRandomGenerator random(20261203);

    int kills = 0, takeovers = 0;
    for (int round = 0; round < 12 && countWithStatus(*f, ids, OutboxStatus::Queued) > 0; ++round) {
        // A restarted sender takes the lock of the one killed just before (the server frees it when
        // it sees the session end: a refusal is possible for a moment, then it must be free).
        std::unique_ptr<SenderProcess> holder;
        QElapsedTimer timer;
        timer.start();
        while (!holder && timer.elapsed() < 10000) {
            auto sender = std::make_unique<SenderProcess>(f->t.path(), dir);
            while (sender->running() && !lockHolder(database).contains(holderName(sender->pid())))
                QThread::msleep(10);
            if (sender->running())
                holder = std::move(sender);
            else
                sender->wait(); // refused for a moment, or nothing left to do
        }
        INFO("round " << round);
        REQUIRE(holder);
        if (round > 0)
            ++takeovers;

        // Another sender meanwhile: refused, naming the holder (unless the holder had finished
        // the last messages before it came).
        SenderProcess second(f->t.path(), dir);
        second.wait();
        INFO(second.err().toStdString());
        if (holder->running() || second.refused()) {
            CHECK(second.refused());
            CHECK(second.err().contains(holderName(holder->pid())));
        }

        QThread::msleep(50 + random.bounded(700));
        if (holder->running()) {
            holder->kill();
            ++kills;
        }
    }
    // The last run goes to the end: it recovers what the last kill left and sends the rest.
    for (int run = 0; run < 50; ++run) {
        SenderProcess last(f->t.path(), dir);
        last.wait();
        if (last.refused()) { // the last killed one's session not yet ended
            QThread::msleep(100);
            continue;
        }
        INFO(last.err().toStdString());
        CHECK((last.code() == 0 || last.err().contains(QStringLiteral("may have been delivered"))));
        if (countWithStatus(*f, ids, OutboxStatus::Queued) == 0)
            break;
    }

    const QHash<QString, int> received = receivedCounts(server);
    const int sent = countWithStatus(*f, ids, OutboxStatus::Sent);
    const int check = countWithStatus(*f, ids, OutboxStatus::Check);
    INFO("kills " << kills << ", takeovers " << takeovers << ", sent " << sent << ", to check " << check);
    CHECK(kills >= 6);
    CHECK(takeovers >= 6);
    CHECK(sent + check == ids.size()); // nothing lost, nothing left queued or sending
    for (qint64 id : ids) {
        const OutboxMessage m = f->message(id);
        INFO("message " << id << " " << OutboxStatuses::key(m.status).toStdString());
        const int times = received.value(m.messageId);
        if (m.status == OutboxStatus::Sent)
            CHECK(times == 1);
        else
            CHECK(times <= 1); // to check: it may have been delivered, once
    }
    CHECK(server.messages().size() <= ids.size());
    CHECK(lockHolder(database).isEmpty());
}

TEST_CASE("a second sender is refused while one holds the lock on the server, names it and changes nothing")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    auto f = serverCompany(server.port());
    const QList<qint64> ids = queueInvoices(*f, 2);

    // The holder: a sender of this program on its own connection (no mail server set for it, so
    // it sends nothing while it holds the lock).
    auto other = Ledger::open(f->t.path(), Database::OpenMode::MustExist, f->t.clock());
    REQUIRE(other.ok());
    OutboxService otherOutbox((*other)->context(), (*other)->audit());
    OutboxSender holder(otherOutbox);
    holder.setPollInterval(600000);
    REQUIRE(holder.start().ok());
    // A message in "sending", as the holder leaves it while it sends: a refused sender must not
    // take it for interrupted.
    auto claimed = otherOutbox.claimNextDue();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    const qint64 inFlight = (*claimed)->id;
    const QString before = f->dump();

    SECTION("a sender in another process")
    {
        QTemporaryDir dir;
        SenderProcess second(f->t.path(), dir);
        second.wait();
        INFO(second.err().toStdString());
        CHECK(second.code() == 1);
        CHECK(second.err().contains(QStringLiteral("Another program (server_outbox_tests, %1, connected from "
                                                   "127.0.0.1) is sending the mail of this company.")
                                        .arg(holderName(QCoreApplication::applicationPid()))));
    }
    SECTION("a sender on another connection of this program")
    {
        OutboxSender second(f->outbox());
        const Status refused = second.start();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind() == ErrorKind::Conflict);
        CHECK(refused.message().contains(holderName(QCoreApplication::applicationPid())));
        CHECK_FALSE(second.isRunning());
    }
    CHECK(f->dump() == before);
    CHECK(f->message(inFlight).status == OutboxStatus::Sending);
    CHECK(server.messages().isEmpty());

    // Once the holder stops, the next sender takes over: the interrupted message is queued again
    // and both go out once.
    holder.stop();
    CHECK(lockHolder(databaseOf(*f)).isEmpty());
    const QList<OutboxTest::Outcome> outcomes = f->runSender(server.port());
    CHECK(outcomes.size() == 2);
    CHECK(countWithStatus(*f, ids, OutboxStatus::Sent) == 2);
    CHECK(server.messages().size() == 2);
}

TEST_CASE("a sender whose lock session on the server was lost stops before the next message, then starts again")
{
    SmtpTestServer server;
    REQUIRE(server.isRunning());
    auto f = serverCompany(server.port());
    const QList<qint64> ids = queueInvoices(*f, 2);
    MailSettings policy = f->settings();
    auto smtp = MailSettingsService::smtpSettings(policy, QString());
    REQUIRE(smtp.ok());
    OutboxSender sender(f->outbox());
    sender.setSmtpSettings(smtp.value(), policy);
    QStringList problems;
    QObject::connect(&sender, &OutboxSender::problem, [&problems](const QString &m) { problems << m; });
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);

    REQUIRE(sender.start().ok());
    // The server ends the session holding the lock (a restart, a cut network, an administrator).
    const QString database = databaseOf(*f);
    TestServer::runAsSuperuser(database,
        {QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 "
                        "AND classid = %1 AND objid = %2")
                .arg(OutboxSendLock::ClassKey)
                .arg(OutboxSendLock::Key)});
    QElapsedTimer timer;
    timer.start();
    while (!lockHolder(database).isEmpty() && timer.elapsed() < 5000)
        QThread::msleep(20);
    guard.start(30000);
    loop.exec();
    REQUIRE(guard.isActive());
    CHECK_FALSE(sender.isRunning());
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).contains(QStringLiteral("holding the outbox lock")));
    CHECK(server.messages().isEmpty());
    CHECK(countWithStatus(*f, ids, OutboxStatus::Queued) == 2);

    // Started again: a new session, the lock taken again, the mail sent.
    REQUIRE(sender.start().ok());
    CHECK(lockHolder(database).contains(holderName(QCoreApplication::applicationPid())));
    guard.start(30000);
    while (countWithStatus(*f, ids, OutboxStatus::Sent) < 2 && guard.isActive())
        loop.exec();
    sender.stop();
    CHECK(countWithStatus(*f, ids, OutboxStatus::Sent) == 2);
    CHECK(server.messages().size() == 2);
}
