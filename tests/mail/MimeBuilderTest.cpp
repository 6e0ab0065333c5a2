#include "MimeBuilder.h"

#include "MailTestSupport.h"
#include "MimeEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

MailAddress address(const QString &name, const QString &addr)
{
    return MailAddress::create(name, addr).value();
}

QByteArray allByteValues()
{
    QByteArray data;
    for (int round = 0; round < 7; ++round) {
        for (int value = 0; value < 256; ++value)
            data.append(char(value));
    }
    return data;
}

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data;
}

// Every line of a message: CRLF-terminated, ASCII, short.
void checkWireFormat(const QByteArray &data, int maxLineLength)
{
    REQUIRE(data.endsWith("\r\n"));
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        INFO("line " << i << ": " << line.toStdString());
        REQUIRE(line.endsWith('\r'));
        CHECK(line.size() - 1 <= maxLineLength);
        CHECK(line.chopped(1).indexOf('\r') < 0);
        for (char c : line)
            REQUIRE(static_cast<unsigned char>(c) < 128);
    }
}

QList<QByteArray> headerLines(const QByteArray &data, const QByteArray &name)
{
    const QByteArray head = data.left(data.indexOf("\r\n\r\n") + 2);
    const QList<QByteArray> lines = head.split('\n');
    QList<QByteArray> found;
    bool inside = false;
    for (const QByteArray &line : lines) {
        if (line.startsWith(name + ':'))
            inside = true;
        else if (!line.startsWith(' ') && !line.startsWith('\t'))
            inside = false;
        if (inside)
            found.append(line.trimmed());
    }
    return found;
}

} // namespace

TEST_CASE("a complete invoice message parses back exactly with Python's email package")
{
    const QString subject
        = QStringLiteral("Facture n\u00b0 FA-2024-00042 \u2014 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale "
                         "d'\u00c9lectricit\u00e9, intervention du 12 mars \u00e0 Montr\u00e9al \u20ac");
    const QString text
        = QStringLiteral("Bonjour Fran\u00e7oise,\n\nVeuillez trouver ci-joint la facture.\n"
                         "Montant d\u00fb : 1 234,56 \u20ac = total; trailing space \n"
                         "A very long line that goes on and on without any break so that the quoted-printable "
                         "encoder must insert soft line breaks: \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"
                         "\u00e9\u00e9\u00e9\u00e9\u00e9 and more text after them.\n.\n.a dot line\n"
                         "Cordialement,\nL'\u00e9quipe \U0001F600\n");
    const QString html = QStringLiteral("<html><body><p>Bonjour Fran\u00e7oise,</p><p>Montant d\u00fb&nbsp;: "
                                        "<b>1&nbsp;234,56&nbsp;\u20ac</b></p></body></html>\n");
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n") + allByteValues() + QByteArrayLiteral("\n%%EOF\n");
    const QByteArray other = randomBytes(5000);
    const QString longName = QStringLiteral("Facture FA-2024-00042 Soci\u00e9t\u00e9 G\u00e9n\u00e9rale "
                                            "d'\u00c9lectricit\u00e9 de Montr\u00e9al (copie).pdf");

    MailMessage message;
    message.from = address(QStringLiteral("Atelier M\u00fcller & S\u00f6hne"), QStringLiteral("factures@atelier.test"));
    message.to = {address(QStringLiteral("Fran\u00e7oise Lef\u00e8vre-\u00c9lo\u00efse de la Tour d'Auvergne et "
                                         "Compagnie G\u00e9n\u00e9rale"),
                      QStringLiteral("francoise@client.example")),
        address(QStringLiteral("Dupont, Jean"), QStringLiteral("jean.dupont@client.example")),
        address(QString(), QStringLiteral("compta@client.example"))};
    message.cc = {address(QStringLiteral("Plain Name"), QStringLiteral("cc@client.example"))};
    message.bcc = {address(QStringLiteral("Archive"), QStringLiteral("archive@atelier.test"))};
    message.replyTo = address(QStringLiteral("Service client \u00e9"), QStringLiteral("support@atelier.test"));
    message.subject = subject;
    message.textBody = text;
    message.htmlBody = html;
    message.attachments
        = {{longName, QStringLiteral("application/pdf"), pdf}, {QStringLiteral("data.bin"), QString(), other}};

    const QDateTime date(QDate(2024, 3, 5), QTime(14, 7, 9), QTimeZone(3600));
    const auto built = MimeBuilder::build(message, date, QStringLiteral("atelier.test"));
    REQUIRE(built.ok());
    const EncodedMessage &encoded = built.value();
    checkWireFormat(encoded.data, 76);

    CHECK(encoded.messageId.endsWith(QStringLiteral("@atelier.test")));
    CHECK(encoded.envelopeFrom == QStringLiteral("factures@atelier.test"));
    CHECK(encoded.envelopeRecipients.size() == 5);
    CHECK(encoded.envelopeRecipients.contains(QStringLiteral("archive@atelier.test")));

    SECTION("raw headers")
    {
        CHECK(headerLines(encoded.data, "Date") == QList<QByteArray> {"Date: Tue, 05 Mar 2024 14:07:09 +0100"});
        CHECK(headerLines(encoded.data, "MIME-Version") == QList<QByteArray> {"MIME-Version: 1.0"});
        CHECK(headerLines(encoded.data, "Bcc").isEmpty());
        CHECK_FALSE(encoded.data.contains("archive@atelier.test"));
        const QList<QByteArray> subjectLines = headerLines(encoded.data, "Subject");
        REQUIRE(subjectLines.size() >= 3); // long enough to be folded
        static const QRegularExpression encodedWord(QStringLiteral("^=\\?UTF-8\\?B\\?[A-Za-z0-9+/=]+\\?=$"));
        for (const QByteArray &line : subjectLines) {
            for (const QByteArray &word : line.split(' ')) {
                if (word == "Subject:")
                    continue;
                CHECK(word.size() <= 75);
                CHECK(encodedWord.match(QString::fromLatin1(word)).hasMatch());
            }
        }
    }

    SECTION("decoded by a mail reader")
    {
        const QJsonObject parsed = MailTest::parseMessage(encoded.data);
        INFO(QString::fromUtf8(QJsonDocument(parsed).toJson()).toStdString());
        REQUIRE_FALSE(parsed.contains(QStringLiteral("error")));
        CHECK(parsed.value(QStringLiteral("defects")).toArray().isEmpty());
        CHECK(parsed.value(QStringLiteral("subject")).toString() == subject);
        CHECK(parsed.value(QStringLiteral("mime_version")).toString() == QStringLiteral("1.0"));
        CHECK(parsed.value(QStringLiteral("message_id")).toString()
            == QLatin1Char('<') + encoded.messageId + QLatin1Char('>'));
        CHECK(qint64(parsed.value(QStringLiteral("date_timestamp")).toDouble()) == date.toSecsSinceEpoch());
        CHECK_FALSE(parsed.value(QStringLiteral("bcc_present")).toBool());

        auto addresses = [&](const char *field) {
            QStringList result;
            for (const QJsonValue &value : parsed.value(QLatin1String(field)).toArray()) {
                const QJsonObject entry = value.toObject();
                result.append(entry.value(QStringLiteral("name")).toString() + QStringLiteral(" | ")
                    + entry.value(QStringLiteral("address")).toString());
            }
            return result;
        };
        auto expected = [](const QList<MailAddress> &list) {
            QStringList result;
            for (const MailAddress &a : list)
                result.append(a.displayName() + QStringLiteral(" | ") + a.address());
            return result;
        };
        CHECK(addresses("from") == expected({message.from}));
        CHECK(addresses("to") == expected(message.to));
        CHECK(addresses("cc") == expected(message.cc));
        CHECK(addresses("reply_to") == expected({message.replyTo}));

        CHECK(parsed.value(QStringLiteral("content_type")).toString() == QStringLiteral("multipart/mixed"));
        const QJsonArray parts = parsed.value(QStringLiteral("parts")).toArray();
        REQUIRE(parts.size() == 6);
        CHECK(parts.at(1).toObject().value(QStringLiteral("content_type")).toString()
            == QStringLiteral("multipart/alternative"));

        const QJsonObject plain = parts.at(2).toObject();
        CHECK(plain.value(QStringLiteral("content_type")).toString() == QStringLiteral("text/plain"));
        CHECK(plain.value(QStringLiteral("charset")).toString() == QStringLiteral("utf-8"));
        CHECK(plain.value(QStringLiteral("transfer_encoding")).toString() == QStringLiteral("quoted-printable"));
        CHECK(plain.value(QStringLiteral("text")).toString() == text);

        const QJsonObject htmlPart = parts.at(3).toObject();
        CHECK(htmlPart.value(QStringLiteral("content_type")).toString() == QStringLiteral("text/html"));
        CHECK(htmlPart.value(QStringLiteral("text")).toString() == html);

        const QJsonObject pdfPart = parts.at(4).toObject();
        CHECK(pdfPart.value(QStringLiteral("content_type")).toString() == QStringLiteral("application/pdf"));
        CHECK(pdfPart.value(QStringLiteral("disposition")).toString() == QStringLiteral("attachment"));
        CHECK(pdfPart.value(QStringLiteral("filename")).toString() == longName);
        CHECK(QByteArray::fromBase64(pdfPart.value(QStringLiteral("data_base64")).toString().toLatin1()) == pdf);

        const QJsonObject binPart = parts.at(5).toObject();
        CHECK(binPart.value(QStringLiteral("content_type")).toString() == QStringLiteral("application/octet-stream"));
        CHECK(binPart.value(QStringLiteral("filename")).toString() == QStringLiteral("data.bin"));
        CHECK(QByteArray::fromBase64(binPart.value(QStringLiteral("data_base64")).toString().toLatin1()) == other);
    }
}

TEST_CASE("a long non-ASCII display name is folded into encoded-words that decode back exactly")
{
    const QString name
        = QStringLiteral("\u0397\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bb\u03bf\u03b3\u03b9\u03ba\u03ad\u03c2 "
                         "\u0395\u03b3\u03ba\u03b1\u03c4\u03b1\u03c3\u03c4\u03ac\u03c3\u03b5\u03b9\u03c2 "
                         "\u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2 "
                         "\u03ba\u03b1\u03b9 \u03a3\u03c5\u03bd\u03b5\u03c1\u03b3\u03ac\u03c4\u03b5\u03c2 "
                         "\u0391\u03bd\u03c9\u03bd\u03c5\u03bc\u03bf\u03c2\u0395\u03c4\u03b1\u03b9\u03c1"
                         "\u03b5\u03af\u03b1\u0391\u03b8\u03b7\u03bd\u03ce\u03bd");
    MailMessage message;
    message.from = address(name, QStringLiteral("office@example.gr"));
    message.to = {address(QString(), QStringLiteral("customer@example.com"))};
    message.subject = QStringLiteral("Invoice");
    const auto built = MimeBuilder::build(message, QDateTime::currentDateTime());
    REQUIRE(built.ok());
    checkWireFormat(built->data, 76);
    const QList<QByteArray> fromLines = headerLines(built->data, "From");
    CHECK(fromLines.size() >= 3);
    const QJsonObject parsed = MailTest::parseMessage(built->data);
    CHECK(parsed.value(QStringLiteral("from_rfc2047")).toString() == name + QStringLiteral(" <office@example.gr>"));
    CHECK(parsed.value(QStringLiteral("from")).toArray().at(0).toObject().value(QStringLiteral("address")).toString()
        == QStringLiteral("office@example.gr"));
}

TEST_CASE("attachments are base64 in lines of exactly 76 columns")
{
    MailMessage message;
    message.from = address(QString(), QStringLiteral("billing@facturo.test"));
    message.to = {address(QString(), QStringLiteral("customer@example.com"))};
    message.subject = QStringLiteral("Invoice");
    message.textBody = QStringLiteral("See attachment.");
    const QByteArray data = randomBytes(1000); // 1336 base64 characters: 17 full lines and one of 44
    message.attachments = {{QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), data}};
    const auto built = MimeBuilder::build(message, QDateTime::currentDateTime());
    REQUIRE(built.ok());
    const QByteArray &raw = built->data;
    const QByteArray encodedData = data.toBase64();
    const qsizetype start = raw.indexOf(encodedData.left(76));
    REQUIRE(start > 0);
    const QList<QByteArray> lines = raw.mid(start).split('\n');
    for (int i = 0; i < 17; ++i)
        CHECK(lines.at(i) == encodedData.mid(i * 76, 76) + '\r');
    CHECK(lines.at(17) == encodedData.mid(17 * 76) + '\r');
}

TEST_CASE("a plain ASCII text-only message is a single 7bit text/plain part")
{
    MailMessage message;
    message.from = address(QStringLiteral("Billing"), QStringLiteral("billing@facturo.test"));
    message.to = {address(QStringLiteral("Customer"), QStringLiteral("customer@example.com"))};
    message.subject = QStringLiteral("Reminder: invoice INV-2024-00001 is overdue");
    message.textBody = QStringLiteral("Dear customer,\n\nplease pay.\n");
    const auto built = MimeBuilder::build(message, QDateTime::currentDateTime());
    REQUIRE(built.ok());
    CHECK(headerLines(built->data, "Subject")
        == QList<QByteArray> {"Subject: Reminder: invoice INV-2024-00001 is overdue"});
    CHECK(built->data.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                               "Dear customer,\r\n\r\nplease pay.\r\n"));
    const QJsonObject parsed = MailTest::parseMessage(built->data);
    CHECK(parsed.value(QStringLiteral("content_type")).toString() == QStringLiteral("text/plain"));
    CHECK(parsed.value(QStringLiteral("subject")).toString() == message.subject);
    CHECK(parsed.value(QStringLiteral("parts")).toArray().at(0).toObject().value(QStringLiteral("text")).toString()
        == message.textBody);
}

TEST_CASE("header injection through the subject or an attachment name is refused")
{
    MailMessage message;
    message.from = address(QString(), QStringLiteral("billing@facturo.test"));
    message.to = {address(QString(), QStringLiteral("customer@example.com"))};
    message.textBody = QStringLiteral("Hello");
    for (const char *subject : {"Invoice\r\nBcc: evil@example.net", "Invoice\nBcc: evil@example.net", "Invoice\r"}) {
        INFO(subject);
        message.subject = QString::fromLatin1(subject);
        const auto built = MimeBuilder::build(message, QDateTime::currentDateTime());
        REQUIRE_FALSE(built.ok());
        CHECK(built.error().kind() == ErrorKind::Invalid);
        CHECK(built.message().contains(QStringLiteral("line break")));
    }
    message.subject = QStringLiteral("Invoice");
    message.attachments
        = {{QStringLiteral("a.pdf\r\nContent-Type: text/html"), QStringLiteral("application/pdf"), "x"}};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.attachments = {{QStringLiteral("a.pdf"), QStringLiteral("application/pdf\r\nX-Evil: 1"), "x"}};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.attachments = {{QStringLiteral("../a.pdf"), QStringLiteral("application/pdf"), "x"}};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.attachments.clear();
    CHECK(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
}

TEST_CASE("a message without sender or recipient, or with a null recipient, is refused")
{
    MailMessage message;
    message.subject = QStringLiteral("Invoice");
    message.to = {address(QString(), QStringLiteral("customer@example.com"))};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.from = address(QString(), QStringLiteral("billing@facturo.test"));
    CHECK(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.to = {MailAddress()};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.to.clear();
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime()).ok());
    message.to = {address(QString(), QStringLiteral("customer@example.com"))};
    CHECK_FALSE(MimeBuilder::build(message, QDateTime()).ok());
    CHECK_FALSE(MimeBuilder::build(message, QDateTime::currentDateTime(), QStringLiteral("bad domain")).ok());
}

TEST_CASE("quoted-printable keeps lines short and encodes what must be encoded")
{
    const QByteArray input = MimeEncoding::toCrlf(
        QStringLiteral("a=b \ntab\t\n") + QString(200, QLatin1Char('x')) + QStringLiteral("\n\u00e9"));
    const QByteArray qp = MimeEncoding::quotedPrintable(input);
    CHECK(qp.startsWith("a=3Db=20\r\ntab=09\r\n"));
    CHECK(qp.endsWith("\r\n=C3=A9"));
    for (const QByteArray &line : qp.split('\n'))
        CHECK(line.size() <= 77); // 76 and the CR
    CHECK(MimeEncoding::toCrlf(QStringLiteral("a\rb\r\nc\n")) == QByteArrayLiteral("a\r\nb\r\nc\r\n"));
    CHECK(MimeEncoding::rfc5322Date(QDateTime(QDate(2023, 12, 31), QTime(23, 59, 58), QTimeZone(-(9 * 3600 + 1800))))
        == QByteArrayLiteral("Sun, 31 Dec 2023 23:59:58 -0930"));
}
