// facturo-cli starts without libqpdf: the Factur-X writer is a module (libfacturo-facturx.so,
// FacturXModule.h) loaded the first time a Factur-X PDF is made, from the build tree for a
// program of the build tree and from ../<libdir>/facturo beside an installed one. Without the
// module, Factur-X is refused with its name and where it was looked for, and nothing is written.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString &cli, const QString &db, const QStringList &args, const QStringList &env = {})
{
    Run r;
    r.code = runProgram(cli, QStringList {s("--db"), db} + args, &r.out, &r.err, {}, env);
    return r;
}

QString ok(const QString &cli, const QString &db, const QStringList &args)
{
    const Run r = run(cli, db, args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.trimmed().split(QLatin1Char('\n')).value(0);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString postedInvoice(const QString &cli, const QString &db)
{
    const QString id = ok(cli, db, {s("invoice"), s("new"), s("--customer"), s("1")});
    ok(cli, db,
        {s("invoice"), s("add-line"), id, s("--description"), s("Maintenance"), s("--quantity"), s("2"),
            s("--unit-price"), s("72.50"), s("--tax-rate"), s("20")});
    return ok(cli, db, {s("invoice"), s("post"), id});
}
} // namespace

TEST_CASE("facturo-cli starts without libqpdf and loads the Factur-X module when a Factur-X PDF is asked for")
{
    const QString cli = QString::fromLocal8Bit(qgetenv("FACTURO_CLI"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = newCompanyLocation(dir, s("company.facturo"));
    ok(cli, db,
        {s("init"), s("--company"), s("Climatec Services SAS"), s("--street"), s("12 rue des Artisans"),
            s("--postcode"), s("69003"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"),
            s("FR32123456789"), s("--iban"), s("FR7630006000011234567890189"), s("--manager"), s("marie")});
    ok(cli, db,
        {s("customer"), s("add"), s("--name"), s("Pharmacie Centrale"), s("--street"), s("2 rue de la République"),
            s("--postcode"), s("69001"), s("--city"), s("Lyon"), s("--country"), s("FR"), s("--vat-id"),
            s("FR85789456123")});

    // The loader's own account of what it loads (glibc's LD_DEBUG): Qt, never qpdf.
    const Run listed = run(cli, db, {s("customer"), s("list")}, {s("LD_DEBUG=libs")});
    REQUIRE(listed.code == 0);
    CHECK(listed.err.contains(s("libQt6Core.so")));
    CHECK_FALSE(listed.err.contains(s("libqpdf")));
    CHECK_FALSE(listed.err.contains(s("libfacturo-facturx")));

    // Asked for, the module is loaded (and qpdf with it) and the PDF made.
    const QString first = postedInvoice(cli, db);
    const QString pdf = dir.filePath(s("first.pdf"));
    const Run made = run(cli, db, {s("invoice"), s("einvoice"), first, s("--format"), s("facturx"), s("--out"), pdf},
        {s("LD_DEBUG=libs")});
    INFO(made.err.right(2000).toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.err.contains(s("libqpdf")));
    CHECK(bytes(pdf).startsWith("%PDF-"));
    CHECK(bytes(pdf).contains("factur-x.xml"));

    // A copy of the program outside the build tree looks beside itself, then in the installed
    // folder: without the module there, Factur-X is refused and nothing is written or archived.
    const QString bin = dir.filePath(s("prefix/bin"));
    REQUIRE(QDir().mkpath(bin));
    const QString copy = QDir(bin).filePath(s("facturo-cli"));
    REQUIRE(QFile::copy(cli, copy));
    const QString second = postedInvoice(cli, db);
    const QString refusedPdf = dir.filePath(s("refused.pdf"));
    const QByteArray before = companyContent(db);
    const Run refused
        = run(copy, db, {s("invoice"), s("einvoice"), second, s("--format"), s("facturx"), s("--out"), refusedPdf});
    INFO(refused.err.toStdString());
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(s("libfacturo-facturx.so")));
    CHECK_FALSE(QFileInfo::exists(refusedPdf));
    CHECK(companyContent(db) == before);
    const QRegularExpressionMatch where = QRegularExpression(s("it is in none of ([^,]+),")).match(refused.err);
    REQUIRE(where.hasMatch());
    const QString besideCopy = where.captured(1);
    CHECK(besideCopy.startsWith(dir.filePath(s("prefix/lib"))));

    // Installed beside it, the module is found and the PDF made.
    REQUIRE(QDir().mkpath(besideCopy));
    const QString module = QDir(QFileInfo(cli).absolutePath()).filePath(s("../lib/facturo/libfacturo-facturx.so"));
    REQUIRE(QFile::copy(module, QDir(besideCopy).filePath(s("libfacturo-facturx.so"))));
    const QString secondPdf = dir.filePath(s("second.pdf"));
    const Run installed
        = run(copy, db, {s("invoice"), s("einvoice"), second, s("--format"), s("facturx"), s("--out"), secondPdf});
    INFO(installed.err.toStdString());
    CHECK(installed.code == 0);
    CHECK(bytes(secondPdf).contains("factur-x.xml"));
}
