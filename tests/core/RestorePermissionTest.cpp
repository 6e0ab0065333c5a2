// Who may restore: a manager of the company file being replaced, not of the backup.
#include "BackupService.h"
#include "LedgerTestHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace LedgerTest;

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addUser(TestLedger &t, const QString &name, UserRole role)
{
    User u;
    u.name = name;
    u.role = role;
    need(t->settings().addUser(u));
}
} // namespace

TEST_CASE("a restore needs a manager of the company file it replaces, not of the backup", "[file]")
{
    // The company file: marie manages it, paul is a clerk.
    TestLedger company;
    addUser(company, QStringLiteral("paul"), UserRole::Clerk);
    const QString current = company.dir() + QStringLiteral("/current.facturo");
    need(company->backupTo(current));

    // A backup in which paul is a manager and marie only a clerk.
    TestLedger other;
    addUser(other, QStringLiteral("paul"), UserRole::Manager);
    User marie = need(other->context().users.findByName(QStringLiteral("marie")));
    marie.role = UserRole::Clerk;
    need(other->context().users.update(marie));
    const QString backup = other.dir() + QStringLiteral("/made-elsewhere.facturo");
    need(other->backupTo(backup));

    const QByteArray before = hashOf(current);
    const QStringList filesBefore = QDir(company.dir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &who : {QStringLiteral("paul"), QStringLiteral("nobody")}) {
        INFO(str(who));
        auto refused = BackupService::restore(backup, current, company.clock(), who);
        REQUIRE_FALSE(refused.ok());
        INFO(str(refused.message()));
        CHECK(refused.error().kind() == ErrorKind::Permission);
        CHECK(refused.message().contains(QStringLiteral("manager of")));
        CHECK(hashOf(current) == before);
        CHECK(QDir(company.dir()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    }

    // marie manages the company file: she may replace it, whatever her role in the backup.
    const RestoreOutcome done = need(BackupService::restore(backup, current, company.clock(), QStringLiteral("marie")));
    CHECK(done.restored == current);
    CHECK(hashOf(done.keptAs) == before);

    // A file that cannot be read as a company has no manager to ask: the backup's decide.
    const QString empty = company.dir() + QStringLiteral("/empty.facturo");
    QFile touch(empty);
    REQUIRE(touch.open(QIODevice::WriteOnly));
    touch.close();
    auto clerkInBackup = BackupService::restore(backup, empty, company.clock(), QStringLiteral("marie"));
    REQUIRE_FALSE(clerkInBackup.ok());
    CHECK(clerkInBackup.error().kind() == ErrorKind::Permission);
    CHECK(QFileInfo(empty).size() == 0);
    need(BackupService::restore(backup, empty, company.clock(), QStringLiteral("paul")));
}
