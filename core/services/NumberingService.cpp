#include "NumberingService.h"

#include <QRegularExpression>

namespace {
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Z]+)(?::(\\d+))?\\}"));
    return re;
}
} // namespace

Status NumberingService::validatePattern(const QString &pattern, bool resetYearly)
{
    if (pattern.trimmed().isEmpty())
        return Error::invalid(tr("The numbering pattern is empty."));
    if (pattern.size() > 40)
        return Error::invalid(tr("The numbering pattern is too long (at most 40 characters)."));
    int sequences = 0;
    bool hasYear = false;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString token = m.captured(1);
        if (token == QLatin1String("SEQ")) {
            ++sequences;
            if (m.hasCaptured(2) && (m.captured(2).toInt() < 1 || m.captured(2).toInt() > 9))
                return Error::invalid(tr("The counter width in %1 must be between 1 and 9.").arg(m.captured(0)));
        } else if (token == QLatin1String("YYYY") || token == QLatin1String("YY")) {
            hasYear = true;
        } else if (token != QLatin1String("MM")) {
            return Error::invalid(tr("Unknown placeholder %1 in the numbering pattern (use {YYYY}, {YY}, {MM}, "
                                     "{SEQ} or {SEQ:n}).").arg(m.captured(0)));
        }
    }
    if (sequences != 1)
        return Error::invalid(tr("The numbering pattern must contain the counter {SEQ} exactly once."));
    if (resetYearly && !hasYear)
        return Error::invalid(tr("A counter that restarts each year needs the year ({YYYY} or {YY}) in the "
                                 "pattern, or numbers would repeat."));
    QString rest = pattern;
    rest.remove(tokenPattern());
    for (const QChar c : std::as_const(rest))
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('_')
              || c == QLatin1Char('.')))
            return Error::invalid(tr("The numbering pattern may only contain letters, digits, - / _ . and "
                                     "placeholders."));
    return {};
}

QString NumberingService::format(const QString &pattern, const QDate &date, qint64 sequence)
{
    QString out;
    qsizetype last = 0;
    auto it = tokenPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        const QString token = m.captured(1);
        if (token == QLatin1String("YYYY"))
            out += QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
        else if (token == QLatin1String("YY"))
            out += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("MM"))
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
        else if (token == QLatin1String("SEQ"))
            out += QStringLiteral("%1").arg(sequence, m.hasCaptured(2) ? m.captured(2).toInt() : 1, 10,
                                            QLatin1Char('0'));
        last = m.capturedEnd();
    }
    out += pattern.mid(last);
    return out;
}

Result<QString> NumberingService::assign(const QString &sequenceKey, const QString &pattern, bool resetYearly,
                                         const QDate &date)
{
    // Every post checks the pattern; bulk posting repeats the same one: remember the last that passed.
    thread_local QString lastValidPattern;
    thread_local bool lastValidResetYearly = false;
    if (pattern != lastValidPattern || resetYearly != lastValidResetYearly || pattern.isEmpty()) {
        FACTURO_TRY(validatePattern(pattern, resetYearly));
        lastValidPattern = pattern;
        lastValidResetYearly = resetYearly;
    }
    auto next = m_ctx.sequences.next(sequenceKey, resetYearly ? date.year() : 0);
    if (!next)
        return next.error();
    return format(pattern, date, next.value());
}

Result<QString> NumberingService::assign(DocumentType type, const QDate &date)
{
    auto company = m_ctx.company.load();
    if (!company)
        return company.error();
    const QString pattern = type == DocumentType::Invoice ? company->invoicePattern : company->creditNotePattern;
    return assign(DocumentTypes::key(type), pattern, company->resetYearly, date);
}
