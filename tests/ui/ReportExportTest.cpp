// The report exports of the window write like every other export (AtomicFile): atomically,
// through a link to the file it names, never in place of a folder, nothing left behind.
#include "TestResults.h"
#include "UiTestSupport.h"
#include "collections/ReportsPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>

TEST_CASE("a report is exported atomically, through links, and never over a folder")
{
    TestLedger t;
    t.postNew(QStringLiteral("100"));
    ReportsPage page(t.ledger());
    page.show();
    page.selectReport(QStringLiteral("aged_receivables"));
    page.findChild<QPushButton *>(QStringLiteral("runReportButton"))->click();

    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("aged.csv"));
    const QString link = dir.filePath(QStringLiteral("latest.csv"));
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
    }
    REQUIRE(QFile::link(target, link));
    need(page.exportCsv(link));
    CHECK(QFileInfo(link).isSymLink()); // the link stays, the file it names is replaced whole
    QFile written(target);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray csv = written.readAll();
    CHECK_FALSE(csv.contains("old content"));
    CHECK(csv.contains("Boulangerie Martin"));

    const QString folder = dir.filePath(QStringLiteral("a-folder"));
    REQUIRE(QDir().mkpath(folder));
    CHECK_FALSE(page.exportCsv(folder).ok());
    CHECK_FALSE(page.exportPdf(folder).ok());
    CHECK(QFileInfo(folder).isDir());

    const QString pdf = dir.filePath(QStringLiteral("aged.pdf"));
    need(page.exportPdf(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    // No temporary file of the writes is left in the folder.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : left)
        CHECK_FALSE(name.contains(QStringLiteral("facturo-partial")));
}
