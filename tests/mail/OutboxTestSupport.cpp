#include "OutboxTestSupport.h"

#include "MailTestSupport.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>

#include <catch2/catch.hpp>

namespace OutboxTest {

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray samplePdf()
{
    QByteArray pdf = MailTest::simpleAttachment();
    for (int i = 0; i < 300; ++i)
        pdf += QByteArray::number(i * 7919) + '\n';
    return pdf;
}

Fixture::Fixture()
{
    m_outbox.emplace(t->context(), t->audit());
    m_composer.emplace(t->context(), t->audit());
}

void Fixture::reopen()
{
    m_composer.reset();
    m_outbox.reset();
    t.reopen();
    m_outbox.emplace(t->context(), t->audit());
    m_composer.emplace(t->context(), t->audit());
}

MailSettings Fixture::settings()
{
    MailSettingsService service(t->context(), t->audit());
    auto loaded = service.load();
    REQUIRE(loaded.ok());
    return loaded.value();
}

void Fixture::configure(quint16 port, int maxAttempts)
{
    MailSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.maxAttempts = maxAttempts;
    s.retryDelaysSeconds = {60, 600};
    s.timeoutSeconds = 20;
    MailSettingsService service(t->context(), t->audit());
    const Status saved = service.save(s);
    INFO(saved.message().toStdString());
    REQUIRE(saved.ok());
}

qint64 Fixture::postInvoice(const QString &price)
{
    const QString number = t.postNew(price);
    auto id = t->context().documents.idByNumber(number);
    REQUIRE(id.ok());
    return id.value();
}

Result<qint64> Fixture::queue(DocumentMailRequest request)
{
    auto composed = composer().compose(
        request, {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), samplePdf()}});
    if (!composed)
        return composed.error();
    return outbox().queue(composed.value());
}

Result<qint64> Fixture::queueInvoice(qint64 documentId)
{
    DocumentMailRequest request;
    request.documentId = documentId;
    return queue(request);
}

OutboxMessage Fixture::message(qint64 id)
{
    auto found = outbox().repository().find(id, true);
    INFO(found.message().toStdString());
    REQUIRE(found.ok());
    return found.value();
}

QList<Outcome> Fixture::runSender(quint16 port, Status *started)
{
    MailSettings policy = settings();
    policy.port = port;
    auto smtp = MailSettingsService::smtpSettings(policy, QString());
    REQUIRE(smtp.ok());
    OutboxSender sender(outbox());
    sender.setSmtpSettings(smtp.value(), policy);
    QList<Outcome> outcomes;
    QObject::connect(
        &sender, &OutboxSender::messageFinished, [&outcomes](qint64 id, OutboxStatus status, const QString &message) {
            outcomes.append({id, status, message});
        });
    QEventLoop loop;
    QObject::connect(&sender, &OutboxSender::idle, &loop, &QEventLoop::quit);
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    const Status begun = sender.start();
    if (started)
        *started = begun;
    if (!begun)
        return outcomes;
    guard.start(120000);
    loop.exec();
    REQUIRE(guard.isActive()); // idle came before the guard
    sender.stop();
    return outcomes;
}

void Fixture::advanceSeconds(int seconds)
{
    t.clock().set(t.clock().nowUtc().addSecs(seconds));
}

QList<AuditEvent> Fixture::auditEvents(qint64 documentId, const QString &action)
{
    auto events = t->audit().history(QStringLiteral("invoice"), documentId);
    REQUIRE(events.ok());
    QList<AuditEvent> matching;
    for (const AuditEvent &e : events.value())
        if (e.action == action)
            matching.append(e);
    return matching;
}

} // namespace OutboxTest
