#pragma once

#include "EncodedMessage.h"
#include "SmtpOutcome.h"
#include "SmtpSettings.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

// Helpers shared by the mail tests: the Python scripts next to this file, a real SMTP
// server process, a throw-away TLS certificate, and reading a received message back.
namespace MailTest {

QString scriptPath(const QString &name);
QString python(); // Debian's interpreter, the one with aiosmtpd

// Runs a program to its end; returns its standard output, or an empty string on failure
// (with the reason in *error).
QByteArray run(const QString &program, const QStringList &arguments, QString *error);

// Reads a message file with parse_message.py (Python's email package) into JSON.
QJsonObject parseMessage(const QString &path);
QJsonObject parseMessage(const QByteArray &data);

// Settings for the local test server: 127.0.0.1, no credentials, a generous timeout.
SmtpSettings localSettings(quint16 port, SmtpSettings::Security security);

// Sends with SmtpClient's asynchronous API, waiting in a local event loop for finished().
SmtpOutcome send(const SmtpSettings &settings, const EncodedMessage &message);

// A small message built with MimeBuilder for the transport tests: non-ASCII names and body,
// one PDF attachment (see simpleAttachment()).
EncodedMessage simpleMessage(const QString &subject = QStringLiteral("Invoice INV-2024-00001"));
QByteArray simpleAttachment();

QString statusName(SmtpOutcome::Status status);
// "PermanentFailure [EHLO] 550: ..." for test failure messages.
std::string describe(const SmtpOutcome &outcome);

} // namespace MailTest
