#pragma once

#include "ClerkCrowd.h"
#include "PgTestDatabase.h"
#include "SmtpTestServer.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

// The mail side of the clerks' crowd on a server: their work lists with mail, and what the
// outbox and the SMTP test server hold afterwards.
namespace CrowdMail {

// A clerk's list of work with mail as well: queueing an invoice's mail (a posted invoice, or a
// draft another clerk may have posted meanwhile: refused while it is a draft) and `outbox send`,
// beside posting drafts and paying invoices.
QStringList mailWorkList(const QStringList &drafts, const QStringList &invoices, QRandomGenerator &random, int length);

// How often the SMTP server received each Message-ID.
QHash<QString, int> receivedCounts(const SmtpTestServer &server);

// A sender refused because another one sends.
bool refusedSender(const ClerkResult &r);

struct MailCounts
{
    int messages = 0;
    int sent = 0;
    int check = 0;
    int received = 0;
    int senders = 0;
    int refusedSenders = 0;
    int killedSenders = 0;
};

// Every queued message was delivered once ('sent', received exactly once) or is left to check
// (received at most once); nothing else was received; what the clerks were told holds.
MailCounts requireMailDeliveredOnce(PgTestDatabase &pg, const ClerkCrowd &crowd, const SmtpTestServer &server);

} // namespace CrowdMail
