#include "MoneyInFixture.h"
#include "WriteOffService.h"

#include <QRandomGenerator>

#include <map>

using namespace MoneyIn;

// Random payments, over-payments kept as credit, credit applied and paid back, write-offs and
// payments spread across invoices, on a few customers: after every step the model's credits and
// amounts due equal the file's, and every few steps the whole-file check (journal balanced,
// settlements, money event digests) passes. The seed is printed on failure.
TEST_CASE("random money in keeps the journal balanced, the credits right and the check passing")
{
    const quint32 seed = qEnvironmentVariableIsSet("FACTURO_SEED") ? qEnvironmentVariableIntValue("FACTURO_SEED")
                                                                   : QRandomGenerator::global()->generate();
    INFO("FACTURO_SEED=" << seed);
    QRandomGenerator random(seed);
    TestLedger t;
    WriteOffService writeOffs(t->context(), t->audit(), t->journal());
    need(writeOffs.setLimit(300));
    const QList<qint64> customers {t.customerId(), t.addCustomer(QStringLiteral("Boulangerie Martin")),
        t.addCustomer(QStringLiteral("Garage Dupont"))};
    std::map<qint64, qint64> credit; // the model
    QList<qint64> invoices;
    int refusals = 0;
    for (int step = 0; step < 160; ++step) {
        const qint64 customer = customers.at(random.bounded(customers.size()));
        const int action = invoices.isEmpty() ? 0 : random.bounded(7);
        if (action == 0 || invoices.size() < 3) {
            invoices.append(postedInvoice(t, QString::number(random.bounded(1, 500)), customer));
            continue;
        }
        const qint64 id = invoices.at(random.bounded(invoices.size()));
        const Document d = load(t, id);
        const qint64 due = d.amountDue();
        switch (action) {
        case 1: { // a payment up to what is due, sometimes more (kept or refused)
            PaymentRequest r = pay(id, random.bounded(1, 20000));
            r.keepExcessAsCredit = random.bounded(2) == 0;
            const QString before = t.dump();
            auto paid = t->payments().registerPayment(r);
            if (paid.ok()) {
                REQUIRE(due > 0);
                REQUIRE((r.amount <= due || r.keepExcessAsCredit));
                if (r.amount > due)
                    credit[d.customerId] += r.amount - due;
                CHECK(load(t, id).amountDue() == std::max<qint64>(0, due - r.amount));
            } else {
                ++refusals;
                REQUIRE((due <= 0 || (r.amount > due && !r.keepExcessAsCredit)));
                REQUIRE(t.dump() == before);
            }
            break;
        }
        case 2: { // the customer's credit applied
            const qint64 amount = random.bounded(1, 5000);
            auto applied = t->payments().registerPayment(pay(id, amount, PaymentMethod::CustomerCredit));
            if (applied.ok())
                credit[d.customerId] -= amount;
            else
                REQUIRE((amount > credit[d.customerId] || amount > due || due <= 0));
            break;
        }
        case 3: { // credit paid back
            CreditRefundRequest back;
            back.customerId = customer;
            back.amount = random.bounded(1, 3000);
            if (t->payments().credits().refund(back).ok())
                credit[customer] -= back.amount;
            else
                REQUIRE(back.amount > credit[customer]);
            break;
        }
        case 4: { // a write-off of what is left (up to the limit)
            if (t->context().user.name == QLatin1String("marie") && random.bounded(3) == 0)
                break;
            auto done = writeOffs.writeOff(id, {});
            if (done.ok())
                CHECK(load(t, id).status == DocumentStatus::Paid);
            else
                REQUIRE((due <= 0 || due > 300 || !t->context().user.isManager()));
            break;
        }
        case 5: { // one payment across the customer's invoices
            SpreadPaymentRequest r;
            r.customerId = customer;
            r.amount = random.bounded(1, 40000);
            r.keepExcessAsCredit = true;
            auto before = need(t->payments().credits().balance(customer));
            if (t->payments().registerSpread(r).ok()) {
                credit[customer] = need(t->payments().credits().balance(customer));
                CHECK(credit[customer] >= before);
            }
            break;
        }
        default: { // pay in full
            if (due > 0)
                need(t->payments().registerPayment(pay(id, due, PaymentMethod::Card)));
            break;
        }
        }
        for (const qint64 c : customers)
            REQUIRE(need(t->payments().credits().balance(c)) == credit[c]);
        if (step % 40 == 39) {
            const IntegrityReport report = checkFile(t);
            INFO(report.problems.join(QLatin1Char('\n')).toStdString());
            REQUIRE(report.ok());
        }
    }
    qint64 total = 0;
    for (const auto &[c, amount] : credit)
        total += amount;
    CHECK(accountBalance(t, QStringLiteral("customer_credit")) == -total);
    const IntegrityReport report = checkFile(t);
    INFO(report.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(report.ok());
    CHECK(refusals > 0);
}
