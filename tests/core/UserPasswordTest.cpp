// User passwords: PBKDF2 hashes, who may set them, signing in with them, and restore.
#include "BackupService.h"
#include "LedgerTestHelpers.h"
#include "PasswordHash.h"
#include "UserPasswordRepository.h"
#include "UserPasswordService.h"
#include "UserSignIn.h"

#include <QCryptographicHash>
#include <QFile>

#include <optional>

using namespace LedgerTest;

namespace {
constexpr int FewIterations = 1000; // the tests' passwords need not be slow to check

void addUser(TestLedger &t, const QString &name, UserRole role)
{
    User u;
    u.name = name;
    u.role = role;
    need(t->settings().addUser(u));
}

UserPasswordService passwords(TestLedger &t)
{
    return UserPasswordService(t->context(), t->audit(), FewIterations);
}

// The kind of a refusal (none when it was done), to compare in one CHECK.
std::optional<ErrorKind> refusal(const Status &status)
{
    if (status.ok())
        return std::nullopt;
    return status.error().kind();
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a password is a salted PBKDF2-SHA-256 hash that only the right password matches")
{
    const PasswordHash one = PasswordHash::derive(QStringLiteral("correct horse"), FewIterations);
    const PasswordHash two = PasswordHash::derive(QStringLiteral("correct horse"), FewIterations);
    CHECK(one.isSet());
    CHECK(one.iterations == FewIterations);
    CHECK(one.salt.size() == PasswordHash::SaltBytes);
    CHECK(one.key.size() == PasswordHash::KeyBytes);
    CHECK(one.matches(QStringLiteral("correct horse")));
    CHECK_FALSE(one.matches(QStringLiteral("correct horse ")));
    CHECK_FALSE(one.matches(QStringLiteral("Correct horse")));
    CHECK_FALSE(one.matches(QString()));
    // The same password twice: another salt, so another key.
    CHECK(one.salt != two.salt);
    CHECK(one.key != two.key);
    CHECK(two.matches(QStringLiteral("correct horse")));
    // No password set matches nothing.
    CHECK_FALSE(PasswordHash().matches(QString()));

    // RFC 7914 section 11's PBKDF2-HMAC-SHA256 vector (P = "passwd", S = "salt", c = 1), first 32 bytes.
    PasswordHash vector;
    vector.salt = QByteArrayLiteral("salt");
    vector.iterations = 1;
    vector.key = QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
    CHECK(vector.matches(QStringLiteral("passwd")));
    CHECK_FALSE(vector.matches(QStringLiteral("passwe")));
}

TEST_CASE("a password set is stored with its salt and iteration count, never in clear, and audited without it")
{
    TestLedger t;
    const QString secret = QStringLiteral("Marie-2026-secret");
    need(passwords(t).setPassword(QStringLiteral("marie"), secret));

    const User marie = need(t->context().users.findByName(QStringLiteral("marie")));
    UserPasswordRepository repository(t->database());
    CHECK(need(repository.usersWithPassword()).contains(marie.id));
    const PasswordHash stored = need(repository.password(marie.id));
    CHECK(stored.iterations == FewIterations);
    CHECK(stored.salt.size() == PasswordHash::SaltBytes);
    CHECK(stored.matches(secret));
    CHECK_FALSE(stored.matches(QStringLiteral("Marie-2026-secreT")));
    CHECK(need(UserSignIn::hasPasswords(t.ledger())));

    // The default count, read back as it was written (so that it can be raised later).
    UserPasswordService slow(t->context(), t->audit());
    need(slow.setPassword(QStringLiteral("marie"), secret));
    CHECK(need(repository.password(marie.id)).iterations == PasswordHash::DefaultIterations);

    const QString dump = t.dump();
    CHECK_FALSE(dump.contains(secret));
    const QList<AuditEvent> events = need(t->context().audit.recent(2));
    REQUIRE(events.size() == 2);
    for (const AuditEvent &e : events) {
        CHECK(e.action == QStringLiteral("password"));
        CHECK(e.entity == QStringLiteral("user"));
        CHECK(e.entityId == marie.id);
        CHECK_FALSE(e.details.contains(secret));
        CHECK_FALSE(e.details.contains(QString::fromLatin1(stored.key.toHex())));
        CHECK_FALSE(e.details.contains(QString::fromLatin1(stored.salt.toHex())));
    }
    CHECK(events.at(0).details.contains(QStringLiteral("changed")));
    CHECK(events.at(1).details.contains(QStringLiteral("\"set\"")));
    CHECK(need(t->audit().verify()).intact);
}

TEST_CASE("once a file has passwords, everyone signs in with their own")
{
    TestLedger t;
    addUser(t, QStringLiteral("paul"), UserRole::Clerk);
    // Without passwords, a name is enough (as before).
    need(t->signIn(QStringLiteral("paul")));
    need(t->signIn(QStringLiteral("marie")));
    CHECK(t->user().isManager());

    need(passwords(t).setPassword(QStringLiteral("marie"), QStringLiteral("marie-password")));
    auto nameOnly = t->signIn(QStringLiteral("marie"));
    REQUIRE_FALSE(nameOnly.ok());
    CHECK(nameOnly.error().kind() == ErrorKind::Permission);
    auto wrong
        = UserSignIn::signIn(t.ledger(), QStringLiteral("marie"), UserSignIn::given(QStringLiteral("marie-passwort")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind() == ErrorKind::Permission);
    CHECK(wrong.message().contains(QStringLiteral("Wrong password")));
    // paul has none yet: he cannot sign in until he has one.
    auto paulWithout = UserSignIn::signIn(t.ledger(), QStringLiteral("paul"), UserSignIn::given(QString()));
    REQUIRE_FALSE(paulWithout.ok());
    CHECK(paulWithout.message().contains(QStringLiteral("no password yet")));
    // A source that cannot give one (no terminal) refuses with its own words.
    auto unavailable = UserSignIn::signIn(t.ledger(), QStringLiteral("marie"),
        [](const User &) -> Result<QString> { return Error::permission(QStringLiteral("no terminal")); });
    REQUIRE_FALSE(unavailable.ok());
    CHECK(unavailable.message() == QStringLiteral("no terminal"));
    // The default user (marie) with her password.
    need(UserSignIn::signIn(t.ledger(), QString(), UserSignIn::given(QStringLiteral("marie-password"))));
    CHECK(t->user().name == QStringLiteral("marie"));
    CHECK(t->user().isManager());
}

TEST_CASE("only a manager sets others' passwords, and nobody is locked out")
{
    TestLedger t;
    addUser(t, QStringLiteral("paul"), UserRole::Clerk);
    addUser(t, QStringLiteral("lea"), UserRole::Clerk);
    const QString before = t.dump();

    // The first password of a file is a manager's: a clerk's own, or a manager setting a clerk's
    // without having one, would leave no manager able to sign in.
    need(t->signIn(QStringLiteral("paul")));
    auto clerkFirst = passwords(t).setPassword(QStringLiteral("paul"), QStringLiteral("paul-password"));
    REQUIRE_FALSE(clerkFirst.ok());
    CHECK(clerkFirst.error().kind() == ErrorKind::Refused);
    auto clerkForOther = passwords(t).setPassword(QStringLiteral("lea"), QStringLiteral("lea-password"));
    REQUIRE_FALSE(clerkForOther.ok());
    CHECK(clerkForOther.error().kind() == ErrorKind::Permission);
    need(t->signIn(QStringLiteral("marie")));
    REQUIRE_FALSE(passwords(t).setPassword(QStringLiteral("paul"), QStringLiteral("paul-password")).ok());
    auto tooShort = passwords(t).setPassword(QStringLiteral("marie"), QStringLiteral("short"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().kind() == ErrorKind::Invalid);
    CHECK(t.dump() == before);

    need(passwords(t).setPassword(QStringLiteral("marie"), QStringLiteral("marie-password")));
    need(passwords(t).setPassword(QStringLiteral("paul"), QStringLiteral("paul-password")));
    // paul changes his own, not lea's.
    need(UserSignIn::signIn(t.ledger(), QStringLiteral("paul"), UserSignIn::given(QStringLiteral("paul-password"))));
    need(passwords(t).setPassword(QStringLiteral("paul"), QStringLiteral("paul-new-password")));
    CHECK(refusal(passwords(t).setPassword(QStringLiteral("lea"), QStringLiteral("lea-password")))
        == ErrorKind::Permission);
    CHECK(refusal(passwords(t).clearPassword(QStringLiteral("marie"))) == ErrorKind::Permission);
    // Clearing his own while others keep theirs would lock him out.
    CHECK(refusal(passwords(t).clearPassword(QStringLiteral("paul"))) == ErrorKind::Refused);
    need(
        UserSignIn::signIn(t.ledger(), QStringLiteral("paul"), UserSignIn::given(QStringLiteral("paul-new-password"))));

    // marie is the last manager with a password: hers stays while paul has one.
    need(UserSignIn::signIn(t.ledger(), QStringLiteral("marie"), UserSignIn::given(QStringLiteral("marie-password"))));
    CHECK(refusal(passwords(t).clearPassword(QStringLiteral("marie"))) == ErrorKind::Refused);
    CHECK(refusal(passwords(t).clearPassword(QStringLiteral("lea"))) == ErrorKind::Refused); // has none
    need(passwords(t).clearPassword(QStringLiteral("paul")));
    need(passwords(t).clearPassword(QStringLiteral("marie")));
    // No password left: the file behaves as one that never had any.
    CHECK_FALSE(need(UserSignIn::hasPasswords(t.ledger())));
    need(t->signIn(QStringLiteral("paul")));
}

TEST_CASE("a restore asks the password of a manager of the file it replaces", "[file]")
{
    TestLedger company;
    addUser(company, QStringLiteral("paul"), UserRole::Clerk);
    const QString backup = company.dir() + QStringLiteral("/backup.facturo");
    need(company->backupTo(backup)); // made before any password: marie needs none in it
    need(passwords(company).setPassword(QStringLiteral("marie"), QStringLiteral("marie-password")));
    const QString current = company.dir() + QStringLiteral("/current.facturo");
    need(company->backupTo(current));
    const QByteArray before = hashOf(current);

    auto nameOnly = BackupService::restore(backup, current, company.clock(), QStringLiteral("marie"));
    REQUIRE_FALSE(nameOnly.ok());
    CHECK(nameOnly.error().kind() == ErrorKind::Permission);
    auto wrong = BackupService::restore(backup, current, company.clock(), QStringLiteral("marie"),
        UserSignIn::given(QStringLiteral("not-her-password")));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.message().contains(QStringLiteral("Wrong password")));
    CHECK(hashOf(current) == before);

    const RestoreOutcome done = need(BackupService::restore(backup, current, company.clock(), QStringLiteral("marie"),
        UserSignIn::given(QStringLiteral("marie-password"))));
    CHECK(hashOf(done.keptAs) == before);
    // The restored file is the backup's: it has no password, and the restore is recorded by marie.
    auto restored = Ledger::open(current, Database::OpenMode::MustExist, company.clock());
    REQUIRE(restored.ok());
    CHECK_FALSE(need(UserSignIn::hasPasswords(*restored.value())));
    const QList<AuditEvent> last = need(restored.value()->context().audit.recent(1));
    REQUIRE(last.size() == 1);
    CHECK(last.first().action == QStringLiteral("restore"));
    CHECK(last.first().userName == QStringLiteral("marie"));
}
