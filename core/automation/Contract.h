#pragma once

#include "FixedDecimal.h"
#include "LineKind.h"
#include "TaxCategory.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ContractUnit { Week, Month, Year };
enum class ContractBilling { Advance, Arrears };
// What each occurrence becomes: a draft, a posted invoice, or a posted invoice queued in the outbox.
enum class ContractAction { Draft, Post, Send };
enum class ContractStatus { Active, Paused, Ended, Cancelled };

// The keys stored in the database and typed on the command line, and their display names.
class ContractKeys
{
    Q_DECLARE_TR_FUNCTIONS(ContractKeys)
public:
    static QString unit(ContractUnit unit);
    static std::optional<ContractUnit> unitFrom(const QString &key);
    static QString billing(ContractBilling billing);
    static std::optional<ContractBilling> billingFrom(const QString &key);
    static QString action(ContractAction action);
    static std::optional<ContractAction> actionFrom(const QString &key);
    static QString status(ContractStatus status);
    static std::optional<ContractStatus> statusFrom(const QString &key);
    static QString statusName(ContractStatus status);
    // "every 3 months", translated.
    static QString frequency(int every, ContractUnit unit);
};

// The price and tax of a contract line from a date on. A change is a new version.
struct ContractVersion
{
    qint64 id = 0;
    qint64 lineId = 0;
    QDate effectiveFrom;
    UnitPrice unitPrice;
    TaxCategory taxCategory = TaxCategory::Standard;
    Percentage taxRate;
    QString exemptionReason;
    QDateTime createdAt;
    QString createdBy;
};

struct ContractLine
{
    qint64 id = 0;
    qint64 contractId = 0;
    int position = 0;
    LineKind kind = LineKind::Other;
    QString description; // may hold {period_start} {period_end} {month} {year} {period}
    Quantity quantity = Quantity::fromInteger(1);
    QString unit;
    qint64 catalogItemId = 0;
    QDate endsOn; // billed for the periods starting before it; invalid: no end
    QDateTime createdAt;
    QString createdBy;
    QList<ContractVersion> versions; // oldest first

    // The version that prices a period starting on `periodStart`; nullptr when the line has no
    // price yet then, or has ended.
    const ContractVersion *versionFor(const QDate &periodStart) const;
};

struct Contract
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    int every = 1;
    ContractUnit unit = ContractUnit::Month;
    QDate startDate;
    QDate endDate; // inclusive; invalid: none
    int maxCount = 0; // 0: no limit
    ContractBilling billing = ContractBilling::Advance;
    int leadDays = 0;
    ContractAction action = ContractAction::Draft;
    QString language; // empty: the customer's
    std::optional<int> paymentTermsDays; // empty: the customer's
    QString reference;
    ContractStatus status = ContractStatus::Active;
    QDate pausedOn;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QList<ContractLine> lines; // with their versions

    bool bills() const { return status == ContractStatus::Active || status == ContractStatus::Ended; }
};

// One period of a contract: occurrence k covers [start, end] and is billed on billDate (the
// period start in advance, its end in arrears).
struct ContractPeriod
{
    int occurrence = 0;
    QDate start;
    QDate end;
    QDate billDate;
};

enum class OccurrenceOutcome { Draft, Posted, Sent, Skipped };

// What an occurrence became, as stored (once) in contract_occurrences.
struct ContractOccurrence
{
    qint64 id = 0;
    qint64 contractId = 0;
    int occurrence = 0;
    QDate periodStart;
    QDate periodEnd;
    QDate billDate;
    OccurrenceOutcome outcome = OccurrenceOutcome::Draft;
    qint64 documentId = 0;
    QString attention; // why it was not posted or sent as the contract asks
    QDateTime createdAt;
    QString createdBy;

    static QString outcomeKey(OccurrenceOutcome outcome);
    static OccurrenceOutcome outcomeFrom(const QString &key);
};
