// What the command line says about input it cannot take exactly: ids that are not numbers, counts
// out of range, "-0", too many decimals, control characters, JSON numbers too precise.
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class Firm
{
public:
    Firm()
    {
        m_db = newCompanyLocation(m_dir, QStringLiteral("firm.facturo"));
        const Run made = run({QStringLiteral("--quiet"), QStringLiteral("demo"), QStringLiteral("--as-of"),
            QStringLiteral("2026-06-30")});
        INFO(made.err.toStdString());
        REQUIRE(made.code == 0);
    }
    Run run(QStringList args) const
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        Run r;
        r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
        return r;
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void refused(const Firm &firm, const QStringList &args, const QString &expected)
{
    const Run r = firm.run(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(expected));
}
} // namespace

TEST_CASE("the command line names input it cannot take exactly")
{
    Firm firm;
    refused(firm, {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("abc")},
        QStringLiteral("\"abc\" is not a number"));
    refused(firm, {QStringLiteral("order"), QStringLiteral("show"), QStringLiteral("12x")},
        QStringLiteral("\"12x\" is not a number"));
    refused(firm,
        {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("99999999999999999999")},
        QStringLiteral("out of range"));
    refused(firm, {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("-1")},
        QStringLiteral("out of range"));
    refused(firm, {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("ten")},
        QStringLiteral("not a whole number"));
    refused(firm, {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")},
        QStringLiteral("out of range"));

    const QString draft = firm.run({QStringLiteral("invoice"), QStringLiteral("new"), QStringLiteral("--customer"),
                                       QStringLiteral("1")})
                              .out.trimmed();
    REQUIRE_FALSE(draft.isEmpty());
    auto line = [&](const QString &option, const QString &value) {
        QStringList args {QStringLiteral("invoice"), QStringLiteral("add-line"), draft, QStringLiteral("--description"),
            QStringLiteral("Pump"), QStringLiteral("--quantity"), QStringLiteral("1"), QStringLiteral("--unit-price"),
            QStringLiteral("10"), QStringLiteral("--tax-rate"), QStringLiteral("20")};
        const qsizetype at = args.indexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args << option << value;
        return args;
    };
    refused(firm, line(QStringLiteral("--quantity"), QStringLiteral("-0")), QStringLiteral("zero with a minus sign"));
    refused(firm, line(QStringLiteral("--discount"), QStringLiteral("-0")), QStringLiteral("zero with a minus sign"));
    refused(
        firm, line(QStringLiteral("--unit-price"), QStringLiteral("0.00005")), QStringLiteral("more than 4 decimal"));
    refused(firm, line(QStringLiteral("--description"), QStringLiteral("Pump") + QChar(0x202e) + QStringLiteral("gpj")),
        QStringLiteral("bidirectional control character (U+202E"));
    refused(firm, line(QStringLiteral("--description"), QStringLiteral("Pump\x1b[2J")),
        QStringLiteral("control character (U+001B"));
    refused(firm,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Evil\x01"
                           "Corp"),
            QStringLiteral("--address"), QStringLiteral("Lyon")},
        QStringLiteral("control character (U+0001"));

    // A line without a discount shows none (no "-0%"); one with a discount shows it.
    REQUIRE(firm.run(line(QStringLiteral("--unit"), QStringLiteral("h"))).code == 0);
    REQUIRE(firm.run(line(QStringLiteral("--discount"), QStringLiteral("10"))).code == 0);
    const Run shown = firm.run({QStringLiteral("invoice"), QStringLiteral("show"), draft});
    INFO(shown.out.toStdString());
    CHECK_FALSE(shown.out.contains(QStringLiteral("-0%")));
    CHECK(shown.out.contains(QStringLiteral("-10%")));
}

TEST_CASE("order import refuses JSON hours too precise for a quantity instead of rounding them")
{
    Firm firm;
    const QString path = firm.file(QStringLiteral("jobs.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"job_id":"J-1","customer":{"name":"Acme","address":"1 rue X\n69003 Lyon"},
"completed_at":"2026-03-01T10:00:00Z","labor":[{"technician":"Paul","date":"2026-03-01",
"hours":2.0000000000000001,"rate":60}]})");
    file.close();
    const Run r = firm.run({QStringLiteral("order"), QStringLiteral("import"), path});
    INFO(r.err.toStdString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("\"2.0000000000000001\" has more than 3 decimal")));
    CHECK(firm.run({QStringLiteral("order"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("J-1")})
              .out.trimmed()
              .isEmpty());
}
