// facturo-cli settings invoices: the payment mentions and the service-order wording of the
// company; and VAT ids refused by their country's rule from the command line.

#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &file, QStringList args)
{
    args.prepend(file);
    args.prepend(QStringLiteral("--db"));
    Run r;
    r.code = runProgram(QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), args, &r.out, &r.err);
    return r;
}
} // namespace

TEST_CASE("facturo-cli settings invoices shows and sets the payment mentions and the technician switch")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = newCompanyLocation(dir, QStringLiteral("firm.facturo"));
    const auto ok = [&file](const QStringList &args) {
        const Run r = cli(file, args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r;
    };
    ok({QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("Climatec"), QStringLiteral("--address"),
        QStringLiteral("Lyon"), QStringLiteral("--vat-id"), QStringLiteral("FR32123456789"), QStringLiteral("--iban"),
        QStringLiteral("FR7630006000011234567890189")});
    const auto shown = [&ok] {
        return QJsonDocument::fromJson(
            ok({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("invoices")}).out.toUtf8())
            .object();
    };
    QJsonObject terms = shown();
    CHECK(terms.value(QStringLiteral("late_payment_mentions")).toBool());
    CHECK(terms.value(QStringLiteral("late_interest_rate")).toString() == QStringLiteral("statutory"));
    CHECK(terms.value(QStringLiteral("recovery_indemnity")).toString() == QStringLiteral("40.00"));
    CHECK(terms.value(QStringLiteral("early_payment_discount")).toString() == QStringLiteral("none"));
    CHECK_FALSE(terms.value(QStringLiteral("technician_on_lines")).toBool());

    ok({QStringLiteral("settings"), QStringLiteral("invoices"), QStringLiteral("--technician-on-lines"),
        QStringLiteral("yes"), QStringLiteral("--late-interest-rate"), QStringLiteral("10.5"),
        QStringLiteral("--early-payment-discount"), QStringLiteral("2"), QStringLiteral("--recovery-indemnity"),
        QStringLiteral("45")});
    terms = shown();
    CHECK(terms.value(QStringLiteral("technician_on_lines")).toBool());
    CHECK(terms.value(QStringLiteral("late_interest_rate")).toString() == QStringLiteral("10.5"));
    CHECK(terms.value(QStringLiteral("early_payment_discount")).toString() == QStringLiteral("2"));
    CHECK(terms.value(QStringLiteral("recovery_indemnity")).toString() == QStringLiteral("45.00"));

    const Run badRate = cli(file,
        {QStringLiteral("settings"), QStringLiteral("invoices"), QStringLiteral("--late-interest-rate"),
            QStringLiteral("ten")});
    CHECK(badRate.code != 0);
    CHECK(badRate.err.contains(QStringLiteral("late-payment interest rate")));
    const Run badSwitch = cli(file,
        {QStringLiteral("settings"), QStringLiteral("invoices"), QStringLiteral("--technician-on-lines"),
            QStringLiteral("maybe")});
    CHECK(badSwitch.code != 0);
    CHECK(badSwitch.err.contains(QStringLiteral("yes or no")));
    CHECK(shown() == terms);

    ok({QStringLiteral("settings"), QStringLiteral("invoices"), QStringLiteral("--late-interest-rate"),
        QStringLiteral("statutory"), QStringLiteral("--early-payment-discount"), QStringLiteral("none")});
    terms = shown();
    CHECK(terms.value(QStringLiteral("late_interest_rate")).toString() == QStringLiteral("statutory"));
    CHECK(terms.value(QStringLiteral("early_payment_discount")).toString() == QStringLiteral("none"));

    // A VAT id with a wrong check digit is refused, naming the country's rule.
    const Run badVat = cli(file,
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Boulangerie"),
            QStringLiteral("--vat-id"), QStringLiteral("FR41303265045")});
    CHECK(badVat.code != 0);
    CHECK(badVat.err.contains(QStringLiteral("SIREN")));
    ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Boulangerie"),
        QStringLiteral("--vat-id"), QStringLiteral("FR40303265045")});
}
