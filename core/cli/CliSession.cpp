#include "CliSession.h"

#include "CliPassword.h"
#include "UserSignIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

CliSession::CliSession(CliArguments arguments)
    : args(std::move(arguments)), out(stdout), err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

Status CliSession::open(Database::OpenMode mode, const Clock &clock)
{
    if (args.db.isEmpty())
        return Error::invalid(tr("No company file: give one with --db FILE."));
    auto opened = Ledger::open(args.db, mode, clock);
    if (!opened)
        return opened.error();
    ledger = std::move(opened).value();
    return {};
}

Status CliSession::signIn()
{
    // The password is asked only when the file has passwords (FACTURO_PASSWORD or the terminal).
    return UserSignIn::signIn(*ledger, args.user,
                              [this](const User &user) { return CliPassword::signIn(*this, user.name); });
}

void CliSession::line(const QString &text)
{
    out << text << '\n';
    out.flush();
}

void CliSession::record(const QJsonObject &fields)
{
    if (args.json) {
        json(fields);
        return;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonArray array = it.value().toArray();
        if (it.value().isArray() && !array.isEmpty() && array.first().isObject()) {
            // A list of records (an outbox message's attachments): one line each, its fields in order.
            for (const QJsonValue &element : array) {
                QStringList values;
                const QJsonObject object = element.toObject();
                for (auto field = object.begin(); field != object.end(); ++field)
                    values << field.value().toVariant().toString();
                line(it.key() + QLatin1Char('\t') + values.join(QLatin1Char('\t')));
            }
            continue;
        }
        const QVariant value = it.value().toVariant();
        line(it.key() + QLatin1Char('\t')
             + (it.value().isArray() ? value.toStringList().join(QStringLiteral(", ")) : value.toString()));
    }
}

void CliSession::json(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

bool CliSession::errIsTerminal() const
{
    return isatty(fileno(stderr)) == 1;
}

void CliSession::progress(const QString &what, qint64 done, qint64 total)
{
    if (!errIsTerminal() || args.flag(QStringLiteral("quiet")))
        return;
    err << '\r' << what << ' ' << done << " / " << total;
    if (total > 0)
        err << QStringLiteral(" (%1 %)").arg(100.0 * static_cast<double>(done) / static_cast<double>(total), 0, 'f', 1);
    if (done >= total)
        err << '\n';
    err.flush();
}

Result<qint64> CliSession::documentId(const QString &reference)
{
    bool numeric = false;
    const qint64 id = reference.toLongLong(&numeric);
    if (numeric) {
        auto doc = ledger->context().documents.find(id, false);
        if (!doc)
            return doc.error();
        return id;
    }
    return ledger->context().documents.idByNumber(reference);
}

QString CliSession::currency()
{
    if (m_currency.isEmpty() && ledger) {
        auto company = ledger->context().company.load();
        m_currency = company ? company->currency : QStringLiteral("EUR");
    }
    return m_currency;
}

Result<qint64> CliSession::amount(const QString &text, bool allowNegative)
{
    auto parsed = Money::parse(text, currency(), allowNegative);
    if (!parsed)
        return parsed.error();
    return parsed->minor();
}

Result<QDate> CliSession::date(const QString &text, const QString &what)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || d.year() < 1900 || d.year() > 2999)
        return Error::invalid(tr("%1: \"%2\" is not a date (use YYYY-MM-DD).").arg(what, text));
    return d;
}

Result<qint64> CliSession::id(const QString &text, const QString &what)
{
    bool ok = false;
    const QString trimmed = text.trimmed();
    const qint64 value = trimmed.toLongLong(&ok);
    if (!ok || trimmed.startsWith(QLatin1Char('+')))
        return Error::invalid(
            tr("%1: \"%2\" is not a number (give the id, a whole number such as 12).").arg(what, text));
    if (value < 1)
        return Error::invalid(tr("%1: \"%2\" is not an id (ids start at 1).").arg(what, text));
    return value;
}

Result<qint64> CliSession::count(const QString &option, qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!args.has(option))
        return fallback;
    const QString text = args.option(option).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    const bool digits = !text.isEmpty()
        && std::all_of(text.begin() + (text.startsWith(QLatin1Char('-')) ? 1 : 0), text.end(),
            [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    if (!digits)
        return Error::invalid(tr("--%1: \"%2\" is not a whole number.").arg(option, text));
    if (!ok || value < minimum || value > maximum)
        return Error::invalid(tr("--%1: \"%2\" is out of range: give a number from %3 to %4.")
                                  .arg(option, text)
                                  .arg(minimum)
                                  .arg(maximum));
    return value;
}
