#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

class PartyCli
{
public:
    PartyCli()
        : m_file(newCompanyLocation(m_dir, s("company.facturo")))
    {
        REQUIRE(m_dir.isValid());
    }

    Run operator()(const QStringList &args)
    {
        Run r;
        r.code = runProgram(
            QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {s("--db"), m_file} + args, &r.out, &r.err);
        return r;
    }
    QString ok(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        REQUIRE(r.code == 0);
        return r.out.trimmed();
    }
    QJsonObject json(const QStringList &args)
    {
        return QJsonDocument::fromJson(ok(QStringList {s("--json")} + args).toUtf8()).object();
    }
    // Every table's rows: equal dumps mean nothing changed.
    QString dump() const
    {
        if (m_file.startsWith(s("postgresql:")))
            return QString::fromUtf8(companyContent(m_file));
        const QString name = QUuid::createUuid().toString();
        QString out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
            db.setDatabaseName(m_file);
            REQUIRE(db.open());
            QSqlQuery tables(db);
            REQUIRE(tables.exec(s("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                QSqlQuery rows(db);
                REQUIRE(rows.exec(s("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
                out += table + QLatin1Char('\n');
                while (rows.next())
                    for (int i = 0; i < rows.record().count(); ++i)
                        out += rows.value(i).toString() + QLatin1Char('|');
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }
    // A command that must be refused as invalid input (exit 2), naming `what`, changing nothing.
    void refused(const QStringList &args, const QString &what)
    {
        const QString before = dump();
        const Run r = (*this)(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.contains(what));
        CHECK(r.out.isEmpty());
        CHECK(dump() == before);
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

QStringList seller()
{
    return {s("init"), s("--company"), s("Climatec Services SAS"), s("--street"), s("12 rue des Artisans"),
        s("--postcode"), s("69003"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"), s("FR11123456782"),
        s("--iban"), s("FR7630006000011234567890189"), s("--registration"), s("0009:12345678200010"),
        s("--registration-text"), s("RCS Lyon 123 456 782"), s("--endpoint"), s("0009:12345678200010"),
        s("--contact-name"), s("Marie Dubois"), s("--contact-phone"), s("+33 4 72 00 00 00"), s("--contact-email"),
        s("marie@climatec.example"), s("--manager"), s("marie")};
}
} // namespace

TEST_CASE("init and settings company take the seller's structured address, identifiers and contact")
{
    PartyCli cli;
    cli.ok(seller());
    QJsonObject company = cli.json({s("settings"), s("company")});
    CHECK(company.value(s("address")).toString() == s("12 rue des Artisans\n69003 Lyon\nFrance"));
    CHECK(company.value(s("country")).toString() == s("FR"));
    CHECK(company.value(s("postcode")).toString() == s("69003"));
    CHECK(company.value(s("registration")).toString() == s("0009:12345678200010"));
    CHECK(company.value(s("registration_text")).toString() == s("RCS Lyon 123 456 782"));
    CHECK(company.value(s("endpoint")).toString() == s("0009:12345678200010"));
    CHECK(company.value(s("contact_email")).toString() == s("marie@climatec.example"));
    CHECK_FALSE(company.value(s("address_to_review")).toBool());

    cli.ok({s("settings"), s("company"), s("--city"), s("Villeurbanne"), s("--postcode"), s("69100"), s("--endpoint"),
        s("0002:123456782")});
    company = cli.json({s("settings"), s("company")});
    CHECK(company.value(s("address")).toString() == s("12 rue des Artisans\n69100 Villeurbanne\nFrance"));
    CHECK(company.value(s("endpoint")).toString() == s("0002:123456782"));
    CHECK(company.value(s("contact_name")).toString() == s("Marie Dubois")); // untouched

    cli.refused({s("settings"), s("company"), s("--country"), s("FX")}, s("FX"));
    cli.refused({s("settings"), s("company"), s("--endpoint"), s("0009:12345678200011")}, s("SIRET"));
    cli.refused({s("settings"), s("company"), s("--registration"), s("0208:0477472702")}, s("0477472702"));
    cli.refused({s("settings"), s("company"), s("--postcode"), s("6910")}, s("6910"));
    cli.refused({s("settings"), s("company"), s("--contact-email"), s("marie at climatec")}, s("marie at climatec"));
    cli.refused({s("settings"), s("company"), s("--address"), s("1 rue X"), s("--city"), s("Lyon")}, s("--address"));
    cli.refused({s("settings"), s("company"), s("--colour"), s("blue")}, s("colour"));

    // A clerk may not change the seller.
    cli.ok({s("user"), s("add"), s("--name"), s("paul")});
    const QString before = cli.dump();
    const Run clerk = cli({s("--user"), s("paul"), s("settings"), s("company"), s("--city"), s("Paris")});
    CHECK(clerk.code == 5);
    CHECK(cli.dump() == before);
}

TEST_CASE("customer add, edit, show and list with structured party data, and their refusals")
{
    PartyCli cli;
    cli.ok(seller());
    const QString be = cli.ok({s("customer"), s("add"), s("--name"), s("Brightwell Offices"), s("--street"),
        s("Rue Neuve 120"), s("--postcode"), s("1000"), s("--city"), s("Bruxelles"), s("--country"), s("be"),
        s("--vat-id"), s("BE0477472701"), s("--endpoint"), s("0208:0477.472.701"), s("--registration"),
        s("0208:0477472701"), s("--einvoice-format"), s("peppol"), s("--email"), s("ap@brightwell.example")});
    QJsonObject c = cli.json({s("customer"), s("show"), be});
    CHECK(c.value(s("address")).toString() == s("Rue Neuve 120\n1000 Bruxelles\nBelgium"));
    CHECK(c.value(s("postal_address")).toObject().value(s("country")).toString() == s("BE"));
    CHECK(c.value(s("postal_address")).toObject().value(s("postcode")).toString() == s("1000"));
    CHECK(c.value(s("endpoint")).toString() == s("0208:0477472701"));
    CHECK(c.value(s("registration")).toString() == s("0208:0477472701"));
    CHECK(c.value(s("einvoice_format")).toString() == s("peppol"));
    CHECK_FALSE(c.value(s("address_to_review")).toBool());
    const QString text = cli.ok({s("customer"), s("show"), be});
    CHECK(text.contains(s("Electronic address: 0208:0477472701")));
    CHECK(text.contains(s("E-invoice format: peppol")));

    const QString de
        = cli.ok({s("customer"), s("add"), s("--name"), s("Stadt Freiburg"), s("--street"), s("Fehrenbachallee 12"),
            s("--postcode"), s("79106"), s("--city"), s("Freiburg im Breisgau"), s("--subdivision"),
            s("Baden-Württemberg"), s("--country"), s("DE"), s("--buyer-reference"), s("08311000-GM2026-64"),
            s("--endpoint"), s("0204:08311000-GM2026-64"), s("--einvoice-format"), s("xrechnung-ubl")});
    c = cli.json({s("customer"), s("show"), de});
    CHECK(c.value(s("buyer_reference")).toString() == s("08311000-GM2026-64"));
    CHECK(c.value(s("postal_address")).toObject().value(s("subdivision")).toString() == s("Baden-Württemberg"));

    // An address given as text is split when it can be, else kept and flagged to review.
    const QString split = cli.ok({s("customer"), s("add"), s("--name"), s("Boulangerie"), s("--address"),
        s("14 rue Mercière\\n69002 Lyon\\nFrance")});
    CHECK(cli.json({s("customer"), s("show"), split}).value(s("postal_address")).toObject().value(s("city")).toString()
        == s("Lyon"));
    const QString review
        = cli.ok({s("customer"), s("add"), s("--name"), s("Chez Dupont"), s("--address"), s("Près de la gare\\nLyon")});
    CHECK(cli.json({s("customer"), s("show"), review}).value(s("address_to_review")).toBool());
    const QJsonArray toReview
        = QJsonDocument::fromJson(cli.ok({s("--json"), s("customer"), s("list"), s("--to-review")}).toUtf8()).array();
    REQUIRE(toReview.size() == 1);
    CHECK(toReview.at(0).toObject().value(s("name")).toString() == s("Chez Dupont"));
    CHECK(cli.ok({s("customer"), s("list")}).split(QLatin1Char('\n')).size() == 4);

    // check warns of it and passes; completing the address removes the warning.
    Run check = cli({s("check"), s("--quick")});
    CHECK(check.code == 0);
    CHECK(check.out.contains(s("WARN Customer %1 (Chez Dupont)").arg(review)));
    const QJsonObject report = cli.json({s("check"), s("--quick")});
    CHECK(report.value(s("ok")).toBool());
    CHECK(report.value(s("warnings")).toArray().size() == 1);
    c = cli.json({s("customer"), s("edit"), review, s("--street"), s("2 place de la Gare"), s("--postcode"), s("69003"),
        s("--city"), s("Lyon"), s("--country"), s("FR"), s("--einvoice-format"), s("facturx")});
    CHECK(c.value(s("address")).toString() == s("2 place de la Gare\n69003 Lyon\nFrance"));
    CHECK_FALSE(c.value(s("address_to_review")).toBool());
    check = cli({s("check"), s("--quick")});
    CHECK(check.code == 0);
    CHECK_FALSE(check.out.contains(s("WARN")));

    // edit changes only what is given.
    c = cli.json({s("customer"), s("edit"), be, s("--city"), s("Brussel")});
    CHECK(c.value(s("address")).toString() == s("Rue Neuve 120\n1000 Brussel\nBelgium"));
    CHECK(c.value(s("endpoint")).toString() == s("0208:0477472701"));
    CHECK(c.value(s("contacts")).toArray().size() == 1);

    const QString edit = s("edit");
    cli.refused({s("customer"), s("add"), s("--name"), s("X"), s("--street"), s("1 Main St"), s("--postcode"), s("1"),
                    s("--city"), s("Y"), s("--country"), s("XX")},
        s("XX"));
    cli.refused({s("customer"), edit, be, s("--country"), s("BEL")}, s("BEL"));
    cli.refused({s("customer"), edit, be, s("--endpoint"), s("0208:0477472702")}, s("0477472702"));
    cli.refused({s("customer"), edit, de, s("--endpoint"), s("0204:08311000-GM2026-65")}, s("Leitweg"));
    cli.refused({s("customer"), edit, be, s("--endpoint"), s("0088:4000001000006")}, s("GLN"));
    cli.refused({s("customer"), edit, be, s("--endpoint"), s("0477472701")}, s("scheme"));
    cli.refused({s("customer"), edit, be, s("--einvoice-format"), s("ubl")}, s("ubl"));
    cli.refused({s("customer"), edit, be, s("--registration"), s("0009:12345678200011")}, s("SIRET"));
    cli.refused({s("customer"), edit, be, s("--postcode"), s("75011")}, s("75011"));
    cli.refused({s("customer"), edit, be, s("--address"), s("x"), s("--street"), s("y")}, s("--address"));
    cli.refused({s("customer"), edit, s("abc"), s("--city"), s("x")}, s("abc"));
    const Run missing = cli({s("customer"), edit, s("999"), s("--city"), s("x")});
    CHECK(missing.code == 4);
}

TEST_CASE("init keeps its earlier form: a text address and a registration without a scheme")
{
    PartyCli cli;
    cli.ok({s("init"), s("--company"), s("Climatec Services SAS"), s("--address"),
        s("12 rue des Artisans\\n69003 Lyon"), s("--vat-id"), s("FR32123456789"), s("--iban"),
        s("FR7630006000011234567890189"), s("--registration"), s("RCS Lyon 123 456 789")});
    const QJsonObject company = cli.json({s("settings"), s("company")});
    CHECK(company.value(s("registration_text")).toString() == s("RCS Lyon 123 456 789"));
    CHECK(company.value(s("registration")).toString().isEmpty());
    CHECK(company.value(s("address")).toString() == s("12 rue des Artisans\n69003 Lyon"));
    CHECK(company.value(s("country")).toString() == s("FR")); // from the VAT id
    CHECK(company.value(s("city")).toString() == s("Lyon"));

    PartyCli unknown;
    const Run refused = unknown({s("init"), s("--company"), s("X"), s("--street"), s("1 rue X"), s("--postcode"),
        s("69003"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"), s("FR32123456789"), s("--iban"),
        s("FR7630006000011234567890189"), s("--endpoint"), s("9957:FR99123456789")});
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(s("9957")));
}
