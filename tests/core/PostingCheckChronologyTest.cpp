// PostingService::check() lists what stands in the way of posting, the rule of time included:
// a draft that post() would refuse for a clock set back says so before posting is tried.
#include "LedgerTestHelpers.h"

namespace {
void setDay(TestLedger &t, const QDate &day)
{
    t.clock().set(QDateTime(day, QTime(10, 0), Qt::UTC));
}

QStringList fieldsOf(const QList<PostingIssue> &issues)
{
    QStringList fields;
    for (const PostingIssue &issue : issues)
        fields << issue.field;
    return fields;
}
} // namespace

TEST_CASE("the pre-posting check lists a date of issue before the last posted document's")
{
    TestLedger t;
    setDay(t, QDate(2026, 3, 10));
    const QString first = t.postNew(QStringLiteral("100"));
    const qint64 draft
        = t.draftWith({{QStringLiteral("Repair"), QStringLiteral("1"), QStringLiteral("50"), QStringLiteral("20")}});
    CHECK_FALSE(fieldsOf(need(t->posting().check(draft))).contains(QStringLiteral("issue_date")));

    setDay(t, QDate(2026, 3, 9)); // the clock set back one day
    const QList<PostingIssue> issues = need(t->posting().check(draft));
    REQUIRE(fieldsOf(issues).contains(QStringLiteral("issue_date")));
    const PostingIssue &issue = issues.at(fieldsOf(issues).indexOf(QStringLiteral("issue_date")));
    CHECK(issue.message.contains(first));
    CHECK(issue.message.contains(QStringLiteral("2026-03-10")));
    // What post() says is what check() listed.
    auto refused = t->posting().post(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message() == issue.message);

    setDay(t, QDate(2026, 3, 10));
    CHECK(need(t->posting().check(draft)).isEmpty());
}
