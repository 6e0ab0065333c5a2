#include "Contract.h"

namespace {
template<typename E, size_t N>
std::optional<E> fromKey(const QString &key, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table)
        if (key == QLatin1String(entry.second))
            return entry.first;
    return std::nullopt;
}

template<typename E, size_t N>
QString toKey(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &entry : table)
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    return {};
}

const std::pair<ContractUnit, const char *> Units[]
    = {{ContractUnit::Week, "week"}, {ContractUnit::Month, "month"}, {ContractUnit::Year, "year"}};
const std::pair<ContractBilling, const char *> Billings[]
    = {{ContractBilling::Advance, "advance"}, {ContractBilling::Arrears, "arrears"}};
const std::pair<ContractAction, const char *> Actions[]
    = {{ContractAction::Draft, "draft"}, {ContractAction::Post, "post"}, {ContractAction::Send, "send"}};
const std::pair<ContractStatus, const char *> Statuses[] = {{ContractStatus::Active, "active"},
    {ContractStatus::Paused, "paused"}, {ContractStatus::Ended, "ended"}, {ContractStatus::Cancelled, "cancelled"}};
const std::pair<OccurrenceOutcome, const char *> Outcomes[] = {{OccurrenceOutcome::Draft, "draft"},
    {OccurrenceOutcome::Posted, "posted"}, {OccurrenceOutcome::Sent, "sent"}, {OccurrenceOutcome::Skipped, "skipped"}};
} // namespace

QString ContractKeys::unit(ContractUnit unit)
{
    return toKey(unit, Units);
}
std::optional<ContractUnit> ContractKeys::unitFrom(const QString &key)
{
    return fromKey(key, Units);
}
QString ContractKeys::billing(ContractBilling billing)
{
    return toKey(billing, Billings);
}
std::optional<ContractBilling> ContractKeys::billingFrom(const QString &key)
{
    return fromKey(key, Billings);
}
QString ContractKeys::action(ContractAction action)
{
    return toKey(action, Actions);
}
std::optional<ContractAction> ContractKeys::actionFrom(const QString &key)
{
    return fromKey(key, Actions);
}
QString ContractKeys::status(ContractStatus status)
{
    return toKey(status, Statuses);
}
std::optional<ContractStatus> ContractKeys::statusFrom(const QString &key)
{
    return fromKey(key, Statuses);
}

QString ContractKeys::statusName(ContractStatus status)
{
    switch (status) {
    case ContractStatus::Active:
        return tr("Active");
    case ContractStatus::Paused:
        return tr("Paused");
    case ContractStatus::Ended:
        return tr("Ended");
    case ContractStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ContractKeys::frequency(int every, ContractUnit unit)
{
    switch (unit) {
    case ContractUnit::Week:
        return tr("every %n week(s)", nullptr, every);
    case ContractUnit::Month:
        return tr("every %n month(s)", nullptr, every);
    case ContractUnit::Year:
        return tr("every %n year(s)", nullptr, every);
    }
    return {};
}

const ContractVersion *ContractLine::versionFor(const QDate &periodStart) const
{
    if (endsOn.isValid() && periodStart >= endsOn)
        return nullptr;
    const ContractVersion *found = nullptr;
    for (const ContractVersion &v : versions)
        if (v.effectiveFrom <= periodStart && (!found || v.effectiveFrom > found->effectiveFrom))
            found = &v;
    return found;
}

QString ContractOccurrence::outcomeKey(OccurrenceOutcome outcome)
{
    return toKey(outcome, Outcomes);
}

OccurrenceOutcome ContractOccurrence::outcomeFrom(const QString &key)
{
    return fromKey(key, Outcomes).value_or(OccurrenceOutcome::Draft);
}
