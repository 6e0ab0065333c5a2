#include "CrowdMail.h"

#include "CatchQtStrings.h"

#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

namespace CrowdMail {

QStringList mailWorkList(const QStringList &drafts, const QStringList &invoices, QRandomGenerator &random, int length)
{
    QStringList commands;
    for (int i = 0; i < length; ++i) {
        const int kind = random.bounded(20);
        if (kind < 6) {
            commands << QStringLiteral("invoice post ") + drafts.at(random.bounded(drafts.size()));
        } else if (kind < 11) {
            commands << QStringLiteral("payment add %1 --amount %2")
                            .arg(invoices.at(random.bounded(invoices.size())),
                                random.bounded(3) == 0 ? QStringLiteral("7.00") : QStringLiteral("25.00"));
        } else if (kind < 16) {
            const QStringList &documents = random.bounded(2) == 0 ? invoices : drafts;
            commands << QStringLiteral("invoice send ") + documents.at(random.bounded(documents.size()));
        } else {
            commands << QStringLiteral("outbox send");
        }
    }
    return commands;
}

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

bool refusedSender(const ClerkResult &r)
{
    return r.output.contains(QLatin1String("is sending the mail of this company"));
}

MailCounts requireMailDeliveredOnce(PgTestDatabase &pg, const ClerkCrowd &crowd, const SmtpTestServer &server)
{
    PgTestConnection db(PgTestDatabase::uriIn(pg.name()));
    REQUIRE(db.isOpen());
    MailCounts n;
    const PgOutcome rows = db.exec(QStringLiteral("SELECT m.id, m.status, m.message_id, m.document_id, d.number "
                                                  "FROM outbox_messages m JOIN documents d ON d.id = m.document_id "
                                                  "ORDER BY m.id"));
    REQUIRE(rows.ok);
    REQUIRE(db.value(QStringLiteral("SELECT count(*) FROM outbox_messages")).toInt() == rows.rows.size());
    const QHash<QString, int> received = receivedCounts(server);
    QHash<QString, QString> statusOf, documentOf;
    QSet<QString> ours;
    for (const QStringList &row : rows.rows) {
        const QString &id = row.at(0), &status = row.at(1), &messageId = row.at(2);
        INFO("message " << id.toStdString() << " " << status.toStdString() << " <" << messageId.toStdString()
                        << ">, received " << received.value(messageId) << " time(s)");
        statusOf.insert(id, status);
        documentOf.insert(id, row.at(3));
        ours.insert(messageId);
        ++n.messages;
        CHECK_FALSE(row.at(4).isNull()); // only posted documents are mailed
        CHECK((status == QLatin1String("sent") || status == QLatin1String("check")));
        if (status == QLatin1String("sent")) {
            ++n.sent;
            CHECK(received.value(messageId) == 1);
        } else if (status == QLatin1String("check")) {
            ++n.check;
            CHECK(received.value(messageId) <= 1); // it may have been delivered, once: never sent again
        }
    }
    for (auto it = received.begin(); it != received.end(); ++it) {
        INFO("received <" << it.key().toStdString() << ">");
        CHECK(ours.contains(it.key()));
        n.received += it.value();
    }
    CHECK(n.received == server.messages().size());

    static const QRegularExpression sentLine(QStringLiteral("^([0-9]+) sent$"));
    for (const ClerkResult &r : crowd.results()) {
        INFO(r.command.toStdString() << ": " << r.code << " " << r.output.toStdString());
        if (r.command.startsWith(QLatin1String("invoice send "))) {
            if (r.code == 0) // queued for that invoice, and kept
                CHECK(documentOf.value(r.output) == r.command.section(QLatin1Char(' '), 2, 2));
        } else if (r.command == QLatin1String("outbox send")) {
            ++n.senders;
            if (refusedSender(r)) {
                ++n.refusedSenders;
                CHECK(r.code == 1);
                CHECK(r.output.contains(QLatin1String("Another program (facturo-cli, process ")));
                CHECK(r.output.endsWith(QLatin1String(") is sending the mail of this company.")));
            } else if (r.code == 0) {
                // "ID sent" for each message it delivered, nothing else.
                const QStringList words = r.output.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                CHECK(words.size() % 2 == 0);
                for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
                    CHECK(sentLine.match(words.at(i) + QLatin1Char(' ') + words.at(i + 1)).hasMatch());
                    CHECK(statusOf.value(words.at(i)) == QLatin1String("sent"));
                }
            } else {
                // It took over from a killed sender and found a message that may have gone out.
                CHECK(r.code == 1);
                CHECK(r.output.contains(QLatin1String("may have been delivered")));
            }
        }
    }
    for (const QString &command : crowd.killedCommands())
        if (command == QLatin1String("outbox send"))
            ++n.killedSenders;
    // A message is left to check only by a sender killed while it had it in hand.
    CHECK(n.check <= n.killedSenders);
    return n;
}

} // namespace CrowdMail
