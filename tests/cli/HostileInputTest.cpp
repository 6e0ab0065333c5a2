#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

class Firm
{
public:
    Firm()
        : m_db(newCompanyLocation(m_dir, QStringLiteral("hostile.facturo")))
    {
        REQUIRE(run({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"),
                     QStringLiteral("--address"), QStringLiteral("Lyon"), QStringLiteral("--vat-id"),
                     QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
                     QStringLiteral("FR7630006000011234567890189")}).code == 0);
        customer = run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("C"),
                        QStringLiteral("--address"), QStringLiteral("Paris")}).out.trimmed();
        draft = run({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"), customer}).out.trimmed();
    }
    Outcome run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        Outcome o;
        o.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &o.out, &o.err);
        return o;
    }
    QByteArray bytes() const { return companyContent(m_db); }
    QStringList addLine(const QString &description, const QString &quantity, const QString &price)
    {
        return {QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
                description, QStringLiteral("--quantity"), quantity, QStringLiteral("--unit-price"), price,
                QStringLiteral("--tax-rate"), QStringLiteral("20")};
    }
    QString customer;
    QString draft;

private:
    QTemporaryDir m_dir;
    QString m_db;
};
} // namespace

TEST_CASE("hostile input through the command line gets a clear error and changes nothing")
{
    Firm firm;
    const QString customerAdd = QStringLiteral("customer");
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const QList<Case> refused = {
        {firm.addLine(QStringLiteral("x"), QStringLiteral("1.0001"), QStringLiteral("1")), "3 decimal"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("0.00001")), "4 decimal"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("99999999999"), QStringLiteral("1")), "too large"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("1000000000"), QStringLiteral("10000000000")), "too large"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("1"), QStringLiteral("-5")), "negative"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("0"), QStringLiteral("5")), "zero"},
        {firm.addLine(QString(), QStringLiteral("1"), QStringLiteral("5")), "description"},
        {firm.addLine(QString(2001, QLatin1Char('x')), QStringLiteral("1"), QStringLiteral("5")), "2000"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("1e3"), QStringLiteral("5")), "not a number"},
        {firm.addLine(QStringLiteral("x"), QStringLiteral("NaN"), QStringLiteral("5")), "not a number"},
        {{customerAdd, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Evil\r\nBcc: x@y.z")}, "one line"},
        {{customerAdd, QStringLiteral("add"), QStringLiteral("--name"), QString(201, QLatin1Char('A'))}, "too long"},
        {{customerAdd, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("   ")}, "required"},
        {{customerAdd, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--email"),
          QStringLiteral("a@b.c\r\nBcc: evil@x.y")},
         "not a valid email"},
        {{customerAdd, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--terms"),
          QStringLiteral("9999")},
         "between 0 and 365"},
        {{QStringLiteral("payment"), QStringLiteral("add"), firm.draft, QStringLiteral("--amount"), QStringLiteral("1"),
          QStringLiteral("--date"), QStringLiteral("99999-01-01")},
         "not a date"},
        {{QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-13-01")}, "not a date"},
        {{QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1; DROP TABLE documents")}, "no document"},
        {{QStringLiteral("invoice"), QStringLiteral("post"), firm.draft}, "at least one line"},
    };
    const QByteArray before = firm.bytes();
    for (const Case &c : refused) {
        INFO(c.args.join(QLatin1Char(' ')).left(200).toStdString());
        const Outcome o = firm.run(c.args);
        INFO(o.err.toStdString());
        CHECK(o.code != 0);
        CHECK(o.err.contains(QString::fromUtf8(c.message), Qt::CaseInsensitive));
        CHECK(o.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
    CHECK(firm.bytes() == before);
}

TEST_CASE("unusual but legitimate text is kept exactly: right-to-left, emoji, quotes, SQL metacharacters")
{
    Firm firm;
    const QStringList names = {QStringLiteral("شركة الخدمات"), QStringLiteral("Café 🔧 Dépannage"),
                               QStringLiteral("O'Brien \"Heating\"; DROP TABLE customers; --"),
                               QStringLiteral("%_\\ LIKE"), QString(200, QChar(0x05D0))};
    for (const QString &name : names) {
        INFO(name.toStdString());
        const Outcome added = firm.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                        QStringLiteral("--address"), QStringLiteral("Lyon")});
        REQUIRE(added.code == 0);
        const Outcome shown = firm.run({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("show"),
                                        added.out.trimmed()});
        REQUIRE(shown.code == 0);
        CHECK(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("name")).toString() == name);
        const Outcome draft = firm.run({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"),
                                        added.out.trimmed()});
        REQUIRE(draft.code == 0);
        REQUIRE(firm.run({QStringLiteral("invoice"), QStringLiteral("add-line"), draft.out.trimmed(),
                          QStringLiteral("--description"), name, QStringLiteral("--quantity"), QStringLiteral("1"),
                          QStringLiteral("--unit-price"), QStringLiteral("10"), QStringLiteral("--tax-rate"),
                          QStringLiteral("20")}).code == 0);
        const Outcome posted = firm.run({QStringLiteral("invoice"), QStringLiteral("post"), draft.out.trimmed()});
        REQUIRE(posted.code == 0);
        const Outcome list = firm.run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"),
                                       posted.out.trimmed()});
        CHECK(QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("customer")).toString() == name);
    }
    CHECK(firm.run({QStringLiteral("check")}).code == 0);
}

TEST_CASE("a 10,000-line invoice posts with exact totals and the 10,001st line is refused")
{
    TestLedger t;
    QList<DocumentLine> lines;
    for (int i = 0; i < 10000; ++i)
        lines.append(makeLine(QStringLiteral("Part %1").arg(i), QStringLiteral("0.001"), QStringLiteral("0.005")));
    auto draft = t->drafts().createInvoice(t.customerId(), Document(), lines);
    REQUIRE(draft.ok());
    const QString before = t.dump();
    auto refused = t->drafts().addLine(draft.value(), makeLine(QStringLiteral("one more"), QStringLiteral("1"),
                                                               QStringLiteral("1")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("10,000")));
    CHECK(t.dump() == before);
    REQUIRE(t->posting().post(draft.value()).ok());
    const Document posted = t->context().documents.find(draft.value()).value();
    // Each line is 0.001 × 0.005 = 0.000005 → rounds to 0.00: the total is exactly zero net.
    CHECK(posted.totalNet == 0);
    CHECK(posted.lines.size() == 10000);
}
