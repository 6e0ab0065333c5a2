// facturo-cli invoice pdf, run as the real binary against a company file made with the services.

#include "LedgerPdfFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>

namespace {
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun cli(LedgerPdfFixture &f, const QStringList &args)
{
    // No QT_QPA_PLATFORM from the test environment: the CLI must choose offscreen itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(
        QString::fromLocal8Bit(qgetenv("FACTURO_CLI")), QStringList {QStringLiteral("--db"), f.t.path()} + args);
    CliRun r;
    if (!process.waitForStarted(30000) || !process.waitForFinished(300000))
        return r;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

TEST_CASE("invoice pdf NUMBER --out FILE writes the archived PDF and records the export")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedRich();
    const QString number = f.load(id).number;
    const QString out = f.pdf.path(QStringLiteral("single.pdf"));
    const CliRun r = cli(f, {QStringLiteral("invoice"), QStringLiteral("pdf"), number, QStringLiteral("--out"), out});
    INFO(str(r.err));
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed() == out);
    const QString text = PdfTestSupport::flat(PdfTestSupport::text(out, true));
    CHECK(text.contains(number));
    CHECK(text.contains(QStringLiteral("Harbour Café Ltd")));
    const auto archived = need(DocumentPdfService(f.t.ledger()).archived(id));
    REQUIRE(archived.has_value());
    CHECK(readAll(out) == archived->pdf);
    CHECK(f.actions(id).contains(QStringLiteral("export")));

    // Again, as JSON: the same bytes, from the archive.
    const QString again = f.pdf.path(QStringLiteral("again.pdf"));
    const CliRun j = cli(f,
        {QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("pdf"), QString::number(id),
            QStringLiteral("--out"), again});
    REQUIRE(j.code == 0);
    const QJsonObject json = QJsonDocument::fromJson(j.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("sha256")).toString() == archived->sha256);
    CHECK(json.value(QStringLiteral("from_archive")).toBool());
    CHECK(readAll(again) == archived->pdf);
}

TEST_CASE("invoice pdf --month writes a folder of PDFs named by number and a combined PDF")
{
    LedgerPdfFixture f;
    QStringList numbers;
    for (const QString &price : {QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("300")})
        numbers << f.load(f.postedSimple(price)).number;
    f.t.draftWith({{QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("20")}});
    const QString folder = f.pdf.path(QStringLiteral("2026-03"));
    const QString combined = f.pdf.path(QStringLiteral("march.pdf"));
    const CliRun r = cli(f,
        {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--month"), QStringLiteral("2026-03"),
            QStringLiteral("--out"), folder, QStringLiteral("--combined"), combined});
    INFO(str(r.err));
    REQUIRE(r.code == 0);
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 4);
    CHECK(lines.last() == combined);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3);
    for (const QString &number : std::as_const(numbers)) {
        const QString file = QDir(folder).filePath(number + QStringLiteral(".pdf"));
        CHECK(lines.contains(file));
        CHECK(PdfTestSupport::text(file, false).contains(number));
    }
    CHECK(PdfTestSupport::pageCount(combined) == 3);
    const QString text = PdfTestSupport::text(combined, false);
    for (const QString &number : std::as_const(numbers))
        CHECK(text.contains(number));
    CHECK(f.archiveRows() == 3);
}

TEST_CASE("invoice pdf refuses a bad month, an empty month and a missing --out")
{
    LedgerPdfFixture f;
    f.postedSimple();
    const QString dir = f.pdf.path(QStringLiteral("x"));
    CHECK(cli(f,
              {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                  QStringLiteral("--out"), dir})
              .code
        == 2);
    CHECK(cli(f,
              {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--month"), QStringLiteral("2025-01"),
                  QStringLiteral("--out"), dir})
              .code
        == 4);
    CHECK(
        cli(f, {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("--month"), QStringLiteral("2026-03")})
            .code
        == 2);
    CHECK(cli(f, {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-2026-00001")}).code == 2);
    CHECK(cli(f,
              {QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-1999-00001"),
                  QStringLiteral("--out"), dir + QStringLiteral(".pdf")})
              .code
        == 4);
    CHECK(f.archiveRows() == 0);
}
