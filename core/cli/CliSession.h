#pragma once

#include "CliArguments.h"
#include "Clock.h"
#include "Ledger.h"
#include "Money.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

// One run of facturo-cli: the parsed arguments, the open company file and the output streams.
class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
public:
    explicit CliSession(CliArguments arguments);

    CliArguments args;
    std::unique_ptr<Ledger> ledger;
    FixedClock fixedClock{QDateTime::currentDateTimeUtc()}; // the demo walks through time
    SystemClock systemClock;
    QTextStream out;
    QTextStream err;

    Status open(Database::OpenMode mode, const Clock &clock);
    Status signIn();

    void line(const QString &text);
    void json(const QJsonValue &value);
    // A record: as JSON with --json, else one "key<TAB>value" line per field (lists joined by ", ").
    void record(const QJsonObject &fields);
    bool errIsTerminal() const;
    void progress(const QString &what, qint64 done, qint64 total);

    // An invoice or credit note by number (INV-2026-00012) or by id (17).
    Result<qint64> documentId(const QString &reference);
    // Decimal text in the company currency, e.g. --amount 12.34.
    Result<qint64> amount(const QString &text, bool allowNegative = false);
    Result<QDate> date(const QString &text, const QString &what);
    // A record id typed on the command line (customer 12): a whole number from 1; `what` names it.
    Result<qint64> id(const QString &text, const QString &what);
    // A count option (--limit, --offset): a whole number from `minimum` to `maximum`, `fallback`
    // when the option is not given.
    Result<qint64> count(const QString &option, qint64 fallback, qint64 minimum, qint64 maximum);
    QString currency();
    QString money(qint64 minor) { return Money::plain(minor, currency()); }

private:
    QString m_currency;
};
