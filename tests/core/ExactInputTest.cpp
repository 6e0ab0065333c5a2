// Exact input: JSON numbers read from their text, control characters refused with a message,
// "-0" named for what it is.
#include "DecimalText.h"
#include "ExactJson.h"
#include "LedgerTestHelpers.h"
#include "TextRules.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace LedgerTest;

namespace {
// One job whose labor hours are written as `hours` (raw JSON text).
QByteArray jobWithHours(const QByteArray &hours)
{
    return QByteArrayLiteral(
               R"({"job_id":"J-77","customer":{"name":"Garage Lenoir","address":"2 rue de la Paix\n75002 Paris"},
"completed_at":"2026-03-09T16:30:00Z","labor":[{"technician":"Luc","date":"2026-03-09","hours":)")
        + hours + QByteArrayLiteral(R"(,"rate":65}]})");
}
} // namespace

TEST_CASE("JSON numbers keep their exact text")
{
    const QJsonValue tree = need(ExactJson::parse(
        QByteArrayLiteral(R"({"a":2.0000000000000001,"b":"2.5","c":[-0,1e3,12345678901234567890123],"d":null})")));
    const QJsonObject o = tree.toObject();
    CHECK(ExactJson::isNumber(o.value(QStringLiteral("a"))));
    CHECK(ExactJson::numberText(o.value(QStringLiteral("a"))) == QStringLiteral("2.0000000000000001"));
    CHECK_FALSE(ExactJson::isNumber(o.value(QStringLiteral("b"))));
    CHECK(ExactJson::text(o.value(QStringLiteral("b"))) == QStringLiteral("2.5"));
    const QJsonArray c = o.value(QStringLiteral("c")).toArray();
    CHECK(ExactJson::numberText(c.at(0)) == QStringLiteral("-0"));
    CHECK(ExactJson::numberText(c.at(1)) == QStringLiteral("1e3"));
    CHECK(ExactJson::numberText(c.at(2)) == QStringLiteral("12345678901234567890123"));
    CHECK(o.value(QStringLiteral("d")).isNull());

    const Result<QJsonValue> nul = ExactJson::parse(QByteArrayLiteral(R"({"name":"a\u0000b"})"));
    REQUIRE_FALSE(nul.ok());
    CHECK(str(nul.message()).find("U+0000") != std::string::npos);
    const Result<QJsonValue> broken = ExactJson::parse(QByteArrayLiteral(R"({"a": [1,)"));
    REQUIRE_FALSE(broken.ok());
    CHECK(str(broken.message()).find("not valid JSON") != std::string::npos);
}

TEST_CASE("job import: hours that a double would round are refused as too precise, nothing is imported")
{
    TestLedger t;
    const QString before = t.dump();
    const auto refused = t->jobImport().importJson(jobWithHours(QByteArrayLiteral("2.0000000000000001")));
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.message()));
    CHECK(refused.error().kind() == ErrorKind::Invalid);
    CHECK(refused.message().contains(QStringLiteral("labor[1].hours")));
    CHECK(refused.message().contains(QStringLiteral("2.0000000000000001")));
    CHECK(refused.message().contains(QStringLiteral("more than 3 decimal")));
    CHECK(t.dump() == before);

    // "-0" and exponents are named, not guessed at.
    const auto minusZero = t->jobImport().importJson(jobWithHours(QByteArrayLiteral("-0")));
    REQUIRE_FALSE(minusZero.ok());
    CHECK(minusZero.message().contains(QStringLiteral("zero with a minus sign")));
    CHECK_FALSE(t->jobImport().importJson(jobWithHours(QByteArrayLiteral("2.5e0"))).ok());
    CHECK(t.dump() == before);

    // The same number written exactly is taken exactly.
    const QList<ImportedJob> imported = need(t->jobImport().importJson(jobWithHours(QByteArrayLiteral("2.125"))));
    REQUIRE(imported.size() == 1);
    CHECK(imported[0].jobId == QStringLiteral("J-77"));
    const ServiceOrder o = need(t->context().orders.find(imported[0].serviceOrderId));
    REQUIRE(o.timeEntries.size() == 1);
    CHECK(o.timeEntries[0].hours == Quantity::fromScaled(2125));
}

TEST_CASE("control characters are refused in names, descriptions and references, with a message")
{
    struct Case
    {
        const char *what;
        QString text;
        bool multiLine;
        const char *expected; // empty: accepted
    };
    const QList<Case> cases = {
        {"plain text", QStringLiteral("Garage Lenoir"), false, ""},
        {"accents and right-to-left letters", QStringLiteral("Café شركة"), false, ""},
        {"NUL", QStringLiteral("a") + QChar(0) + QStringLiteral("b"), false, "control character (U+0000"},
        {"bell",
            QStringLiteral("a\x07"
                           "b"),
            false, "control character (U+0007"},
        {"escape", QStringLiteral("a\x1b[31mb"), false, "control character (U+001B"},
        {"DEL",
            QStringLiteral("a\x7f"
                           "b"),
            false, "control character (U+007F"},
        {"C1 (U+0085)", QStringLiteral("a") + QChar(0x85) + QStringLiteral("b"), false, "control character (U+0085"},
        {"tab on one line", QStringLiteral("a\tb"), false, "control character (U+0009"},
        {"tab in a text of lines", QStringLiteral("a\tb"), true, ""},
        {"line break on one line", QStringLiteral("a\nb"), false, "on one line"},
        {"line break in a text of lines", QStringLiteral("a\nb"), true, ""},
        {"carriage return alone", QStringLiteral("a\rb"), true, "on one line"},
        {"right-to-left override U+202E", QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe"), false,
            "bidirectional control character (U+202E"},
        {"left-to-right embedding U+202A", QChar(0x202a) + QStringLiteral("x"), true,
            "bidirectional control character (U+202A"},
        {"first strong isolate U+2068", QStringLiteral("x") + QChar(0x2068), false,
            "bidirectional control character (U+2068"},
        {"pop directional isolate U+2069", QStringLiteral("x") + QChar(0x2069), false,
            "bidirectional control character (U+2069"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Result<QString> cleaned
            = TextRules::clean(c.text, QStringLiteral("customer name"), 200, true, c.multiLine);
        if (std::string(c.expected).empty()) {
            CHECK(cleaned.ok());
            continue;
        }
        REQUIRE_FALSE(cleaned.ok());
        CHECK(cleaned.error().kind() == ErrorKind::Invalid);
        INFO(str(cleaned.message()));
        CHECK(str(cleaned.message()).find(c.expected) != std::string::npos);
        CHECK(cleaned.message().startsWith(QStringLiteral("The customer name ")));
    }
}

TEST_CASE("services refuse control characters where people and files type text, and change nothing")
{
    TestLedger t;
    const QString before = t.dump();
    Customer c;
    c.name = QStringLiteral("Evil") + QChar(0x202e) + QStringLiteral("Corp");
    c.billingAddress = QStringLiteral("Lyon");
    CHECK_FALSE(t->customers().add(c).ok());

    const qint64 draft = need(t->drafts().createInvoice(t.customerId()));
    const QString withDraft = t.dump();
    const auto badLine = t->drafts().addLine(
        draft, makeLine(QStringLiteral("Pump\x1b[2J"), QStringLiteral("1"), QStringLiteral("10")));
    REQUIRE_FALSE(badLine.ok());
    CHECK(badLine.message().contains(QStringLiteral("line description")));
    CHECK(t.dump() == withDraft);

    // A description may hold lines and tabs.
    CHECK(
        t->drafts()
            .addLine(draft, makeLine(QStringLiteral("Pump\n\tcheck valve"), QStringLiteral("1"), QStringLiteral("10")))
            .ok());
    CHECK(before != t.dump());
}

TEST_CASE("a minus sign on zero is named, a negative number where none is allowed too")
{
    DecimalText::Options options;
    options.scale = 2;
    options.allowNegative = true;
    for (const char *text : {"-0", "-0.00", "-.0", "-000"}) {
        INFO(text);
        const Result<qint64> parsed = DecimalText::parse(QString::fromLatin1(text), options);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.message().contains(QStringLiteral("zero with a minus sign")));
    }
    CHECK(need(DecimalText::parse(QStringLiteral("0"), options)) == 0);
    CHECK(need(DecimalText::parse(QStringLiteral("-1.5"), options)) == -150);
    options.allowNegative = false;
    CHECK(DecimalText::parse(QStringLiteral("-1"), options).message().contains(QStringLiteral("must not be negative")));
    CHECK(DecimalText::parse(QStringLiteral("0.00005"), options).message().contains(QStringLiteral("more than 2")));
}
