// "Open the demo company" on a demo a killed program left half made: made again, not refused; a
// finished company is never replaced.
#include "DemoCompany.h"
#include "TestResults.h"
#include "UiTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a half-made demo company is made again, a finished one is left alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.facturo"));
    need(DemoCompany::create(path, QDate(2026, 3, 10)));
    CHECK_FALSE(DemoCompany::isUnfinished(path));
    const QByteArray finished = hashOf(path);
    CHECK(DemoCompany::create(path, QDate(2026, 3, 10)).error().kind() == ErrorKind::Conflict);
    CHECK(hashOf(path) == finished);

    // As a killed generator leaves it: the mark of a demo under way, set at its start.
    {
        FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
        auto ledger = need(Ledger::open(path, Database::OpenMode::MustExist, clock));
        need(ledger->context().company.setSetting(QStringLiteral("demo_unfinished"), QStringLiteral("1")));
    }
    CHECK(DemoCompany::isUnfinished(path));
    need(DemoCompany::create(path, QDate(2026, 3, 10)));
    CHECK_FALSE(DemoCompany::isUnfinished(path));
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC));
    auto ledger = need(Ledger::open(path, Database::OpenMode::MustExist, clock));
    CHECK(need(ledger->isSetUp()));

    // An empty file (no company yet) is filled.
    const QString empty = dir.filePath(QStringLiteral("empty.facturo"));
    {
        QFile touch(empty);
        REQUIRE(touch.open(QIODevice::WriteOnly));
    }
    need(DemoCompany::create(empty, QDate(2026, 3, 10)));
    CHECK_FALSE(DemoCompany::isUnfinished(empty));
}
