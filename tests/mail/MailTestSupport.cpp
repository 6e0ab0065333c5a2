#include "MailTestSupport.h"

#include "MimeBuilder.h"
#include "SmtpClient.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTemporaryFile>

#include <optional>

namespace MailTest {

QString scriptPath(const QString &name)
{
    return QDir(QString::fromUtf8(FACTURO_MAIL_TEST_DIR)).filePath(name);
}

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

QByteArray run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        *error = program + QStringLiteral(": ") + process.errorString();
        return {};
    }
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const QByteArray output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return output;
}

QJsonObject parseMessage(const QString &path)
{
    QString error;
    const QByteArray json = run(python(), {scriptPath(QStringLiteral("parse_message.py")), path}, &error);
    if (json.isEmpty())
        return QJsonObject {{QStringLiteral("error"), error}};
    return QJsonDocument::fromJson(json).object();
}

QJsonObject parseMessage(const QByteArray &data)
{
    QTemporaryFile file;
    if (!file.open())
        return QJsonObject {{QStringLiteral("error"), file.errorString()}};
    file.write(data);
    file.close();
    return parseMessage(file.fileName());
}

SmtpSettings localSettings(quint16 port, SmtpSettings::Security security)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = security;
    settings.timeoutMs = 20000;
    return settings;
}

SmtpOutcome send(const SmtpSettings &settings, const EncodedMessage &message)
{
    SmtpClient client;
    QEventLoop loop;
    std::optional<SmtpOutcome> outcome;
    QObject::connect(&client, &SmtpClient::finished, &loop, [&](const SmtpOutcome &result) {
        outcome = result;
        loop.quit();
    });
    if (!client.send(settings, message)) {
        SmtpOutcome busy;
        busy.message = QStringLiteral("send() refused to start");
        return busy;
    }
    if (!outcome)
        loop.exec();
    return *outcome;
}

QByteArray simpleAttachment()
{
    return QByteArrayLiteral("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
}

EncodedMessage simpleMessage(const QString &subject)
{
    MailMessage message;
    message.from = MailAddress::create(
        QStringLiteral("Atelier M\u00fcller & S\u00f6hne"), QStringLiteral("billing@facturo.test"))
                       .value();
    message.to
        = {MailAddress::create(QStringLiteral("Fran\u00e7oise Lef\u00e8vre"), QStringLiteral("customer@example.com"))
                .value()};
    message.subject = subject;
    message.textBody = QStringLiteral("Please find attached our invoice (1\u202f234,56\u00a0\u20ac).\nKind regards\n");
    message.attachments = {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), simpleAttachment()}};
    return MimeBuilder::build(message, QDateTime::currentDateTime()).value();
}

QString statusName(SmtpOutcome::Status status)
{
    switch (status) {
    case SmtpOutcome::Status::Sent:
        return QStringLiteral("Sent");
    case SmtpOutcome::Status::TemporaryFailure:
        return QStringLiteral("TemporaryFailure");
    case SmtpOutcome::Status::PermanentFailure:
        return QStringLiteral("PermanentFailure");
    case SmtpOutcome::Status::UnknownAfterData:
        return QStringLiteral("UnknownAfterData");
    }
    return {};
}

std::string describe(const SmtpOutcome &outcome)
{
    return (statusName(outcome.status) + QStringLiteral(" [") + SmtpOutcome::stageName(outcome.stage)
        + QStringLiteral("] ") + QString::number(outcome.replyCode) + QStringLiteral(": ") + outcome.message)
        .toStdString();
}

} // namespace MailTest
