#pragma once

#include "AuditEvent.h"
#include "Customer.h"
#include "Document.h"
#include "DocumentRepository.h"
#include "JournalEntry.h"
#include "Payment.h"
#include "ServiceOrder.h"
#include "ServiceOrderRepository.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of facturo-cli (docs/cli.md): amounts are exact decimal strings.
namespace CliJson {
QJsonObject document(const Document &d, const QList<Payment> &payments, const QList<DocumentSummary> &creditNotes);
QJsonObject summary(const DocumentSummary &s, const QString &currency);
QJsonObject customer(const Customer &c);
QJsonObject postalAddress(const PostalAddress &a);
QJsonObject order(const ServiceOrder &o);
QJsonObject orderSummary(const ServiceOrderSummary &o);
QJsonObject journalEntry(const JournalEntry &e, const QString &currency);
QJsonObject auditEvent(const AuditEvent &e);
} // namespace CliJson
