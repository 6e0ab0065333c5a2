#include "CollectionsFixture.h"

#include <catch2/catch.hpp>

CollectionsFixture::CollectionsFixture() = default;

void CollectionsFixture::setToday(const QDate &day)
{
    m_test.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
}

qint64 CollectionsFixture::invoiceOn(const QDate &issued, const QString &price, qint64 customerId, const QString &rate)
{
    setToday(issued);
    const qint64 id = m_test.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), price, rate}}, customerId);
    auto number = ledger().posting().post(id);
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    return id;
}

qint64 CollectionsFixture::payOn(qint64 invoiceId, const QDate &day, const QString &amount, const QString &method)
{
    setToday(day);
    PaymentRequest r;
    r.documentId = invoiceId;
    r.amount = Money::parse(amount, QStringLiteral("EUR")).value().minor();
    r.date = day;
    REQUIRE(PaymentMethods::fromKey(method, &r.method));
    auto id = ledger().payments().registerPayment(r);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 CollectionsFixture::creditOn(qint64 invoiceId, const QDate &day, const QString &quantity)
{
    setToday(day);
    auto invoice = ledger().context().documents.find(invoiceId);
    REQUIRE(invoice.ok());
    const qint64 lineId = invoice->lines.value(0).id;
    auto draft = ledger().creditNotes().createDraft(
        invoiceId, QStringLiteral("Goodwill"), {{lineId, Quantity::parse(quantity).value().scaled()}});
    INFO(draft.message().toStdString());
    REQUIRE(draft.ok());
    auto number = ledger().posting().post(draft.value());
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    return draft.value();
}

qint64 CollectionsFixture::addCustomer(const QString &name, bool noReminders, const QString &email)
{
    Customer c;
    c.name = name;
    c.billingAddress = QStringLiteral("1 rue de la Paix\n75002 Paris");
    c.language = QStringLiteral("fr");
    c.noReminders = noReminders;
    if (!email.isEmpty())
        c.contacts.append({0, QString(), email, QString(), QString(), true});
    auto id = ledger().customers().add(c);
    INFO(id.message().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

qint64 CollectionsFixture::amountDue(qint64 documentId)
{
    auto d = ledger().context().documents.find(documentId, false);
    REQUIRE(d.ok());
    return d->amountDue();
}

QString CollectionsFixture::number(qint64 documentId)
{
    auto d = ledger().context().documents.find(documentId, false);
    REQUIRE(d.ok());
    return d->number;
}
