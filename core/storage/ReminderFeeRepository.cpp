#include "ReminderFeeRepository.h"

#include "SqlStatement.h"

namespace {
const char *const SelectRules = "SELECT level, kind, amount, description, tax_category, tax_rate, exemption_reason "
                                "FROM reminder_fees ";

LateFeeRule readRule(const SqlStatement &q)
{
    LateFeeRule r;
    r.level = static_cast<int>(q.integer(0));
    r.kind = q.text(1) == QLatin1String("percent") ? LateFeeRule::Kind::Percent : LateFeeRule::Kind::Flat;
    r.amount = q.integer(2);
    r.description = q.text(3);
    r.taxCategory = TaxCategories::fromKey(q.text(4)).value();
    r.taxRate = Percentage::fromScaled(q.integer(5));
    r.exemptionReason = q.text(6);
    return r;
}
} // namespace

Result<QList<LateFeeRule>> ReminderFeeRepository::all() const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectRules) + QStringLiteral("ORDER BY level"));
    FACTURO_TRY(q.exec(tr("read the late-fee rules")));
    QList<LateFeeRule> rules;
    while (q.next())
        rules.append(readRule(q));
    return rules;
}

Result<std::optional<LateFeeRule>> ReminderFeeRepository::forLevel(int level) const
{
    SqlStatement q(m_db, QString::fromLatin1(SelectRules) + QStringLiteral("WHERE level = :level"));
    q.bind(":level", level);
    FACTURO_TRY(q.exec(tr("read the late fee of level %1").arg(level)));
    if (!q.next())
        return std::optional<LateFeeRule>();
    return std::optional<LateFeeRule>(readRule(q));
}

Status ReminderFeeRepository::save(const LateFeeRule &r)
{
    SqlStatement q(m_db,
        "INSERT INTO reminder_fees (level, kind, amount, description, tax_category, "
        "tax_rate, exemption_reason) VALUES (:level, :kind, :amount, :description, :category, "
        ":rate, :reason) ON CONFLICT (level) DO UPDATE SET kind = excluded.kind, amount = excluded.amount, "
        "description = excluded.description, tax_category = excluded.tax_category, "
        "tax_rate = excluded.tax_rate, exemption_reason = excluded.exemption_reason");
    q.bind(":level", r.level)
        .bind(":kind", r.kind == LateFeeRule::Kind::Percent ? QStringLiteral("percent") : QStringLiteral("flat"));
    q.bind(":amount", r.amount).bind(":description", r.description);
    q.bind(":category", TaxCategories::key(r.taxCategory)).bind(":rate", r.taxRate.scaled());
    q.bind(":reason", r.exemptionReason);
    return q.exec(tr("save the late fee of level %1").arg(r.level));
}

Status ReminderFeeRepository::remove(int level)
{
    SqlStatement q(m_db, "DELETE FROM reminder_fees WHERE level = :level");
    q.bind(":level", level);
    return q.exec(tr("remove the late fee of level %1").arg(level));
}
