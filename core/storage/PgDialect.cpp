#include "PgDialect.h"

#include <QRegularExpression>

#include <optional>
#include <utility>

namespace PgDialect {
namespace {
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// The next word (letters, digits, _) at i, upper-cased, or empty.
QString wordAt(const QString &sql, qsizetype i)
{
    qsizetype end = i;
    while (end < sql.size() && isWordChar(sql.at(end)))
        ++end;
    return sql.mid(i, end - i).toUpper();
}

qsizetype skipSpace(const QString &sql, qsizetype i)
{
    while (i < sql.size() && sql.at(i).isSpace())
        ++i;
    return i;
}

// The end of the quoted text starting at i (the index after its closing quote).
qsizetype quotedEnd(const QString &sql, qsizetype i)
{
    const QChar quote = sql.at(i);
    qsizetype end = i + 1;
    while (end < sql.size()) {
        if (sql.at(end) == quote) {
            if (end + 1 < sql.size() && sql.at(end + 1) == quote) {
                end += 2;
                continue;
            }
            return end + 1;
        }
        ++end;
    }
    return end;
}

// The arguments of the call whose '(' is at open, split at their top-level commas, and the
// index after its ')'; std::nullopt when the parenthesis is not closed.
std::optional<std::pair<QStringList, qsizetype>> callArguments(const QString &sql, qsizetype open)
{
    QStringList arguments;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open; i < sql.size();) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            i = quotedEnd(sql, i);
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth == 0) {
                arguments << sql.mid(start, i - start).trimmed();
                return std::make_pair(arguments, i + 1);
            }
        } else if (c == QLatin1Char(',') && depth == 1) {
            arguments << sql.mid(start, i - start).trimmed();
            start = i + 1;
        }
        ++i;
    }
    return std::nullopt;
}

// '$.customer.vat_id' (a JSON path of object keys) as PostgreSQL's '{customer,vat_id}', or empty.
QString jsonPath(const QString &literal)
{
    static const QRegularExpression path(QStringLiteral("^'\\$((\\.[A-Za-z_][A-Za-z0-9_]*)+)'$"));
    const QRegularExpressionMatch m = path.match(literal);
    if (!m.hasMatch())
        return {};
    return QStringLiteral("'{") + m.captured(1).mid(1).replace(QLatin1Char('.'), QLatin1Char(',')) + QStringLiteral("}'");
}

// Whether a + written after this text is unary: it follows an operator, a parenthesis, a comma or
// a keyword, not an operand.
bool unaryPlus(const QString &text)
{
    qsizetype k = text.size();
    while (k > 0 && text.at(k - 1).isSpace())
        --k;
    if (k == 0 || QStringView(u"(,=<>").contains(text.at(k - 1)))
        return true;
    qsizetype start = k;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    static const QStringList keywords {QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("WHERE"), QStringLiteral("ON"), QStringLiteral("WHEN"), QStringLiteral("THEN"),
        QStringLiteral("ELSE"), QStringLiteral("SELECT"), QStringLiteral("BY")};
    return start < k && keywords.contains(text.mid(start, k - start).toUpper());
}

// SQLite's functions PostgreSQL spells otherwise, rewritten call by call (their arguments too):
// - julianday(x) of an ISO date: extract(julian FROM CAST(x AS date)) (a difference of two is
//   the days between them, as in SQLite);
// - json_extract(x, '$.a.b'): (CAST(x AS jsonb) #>> '{a,b}'), the value as text;
// - max(a, b, ...) and min(a, b, ...), SQLite's scalar forms: greatest(...) and least(...).
QString translateCalls(const QString &sql)
{
    QString text;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = quotedEnd(sql, i);
            text += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            text += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        if (!isWordChar(c) || (i > 0 && (isWordChar(sql.at(i - 1)) || sql.at(i - 1) == QLatin1Char(':')))) {
            text += c;
            ++i;
            continue;
        }
        const QString word = wordAt(sql, i);
        const qsizetype open = skipSpace(sql, i + word.size());
        const bool known = word == QLatin1String("JULIANDAY") || word == QLatin1String("JSON_EXTRACT")
            || word == QLatin1String("MAX") || word == QLatin1String("MIN");
        const auto call = known && open < n && sql.at(open) == QLatin1Char('(') ? callArguments(sql, open) : std::nullopt;
        const qsizetype count = call ? call->first.size() : 0;
        const bool rewrite = (word == QLatin1String("JULIANDAY") && count == 1)
            || (word == QLatin1String("JSON_EXTRACT") && count == 2 && !jsonPath(call->first.at(1)).isEmpty())
            || ((word == QLatin1String("MAX") || word == QLatin1String("MIN")) && count >= 2);
        if (!rewrite) { // the arguments are read on as the rest of the text
            text += QStringView(sql).mid(i, word.size());
            i += word.size();
            continue;
        }
        QStringList arguments;
        for (const QString &argument : call->first)
            arguments << translateCalls(argument);
        if (word == QLatin1String("JULIANDAY"))
            text += QStringLiteral("extract(julian FROM CAST(%1 AS date))").arg(arguments.at(0));
        else if (word == QLatin1String("JSON_EXTRACT"))
            text += QStringLiteral("(CAST(%1 AS jsonb) #>> %2)").arg(arguments.at(0), jsonPath(arguments.at(1)));
        else
            text += (word == QLatin1String("MAX") ? QStringLiteral("greatest(") : QStringLiteral("least("))
                + arguments.join(QStringLiteral(", ")) + QLatin1Char(')');
        i = call->second;
    }
    return text;
}
} // namespace

Translated translate(const QString &sqlIn, const QSet<QString> &tablesWithId, const QSet<QString> &notNullColumns)
{
    const QString sql = translateCalls(sqlIn);
    Translated out;
    QString text;
    text.reserve(sql.size() + 32);
    bool insertOrIgnore = false;
    bool hasReturning = false;
    QString insertTable;
    int wordIndex = 0;
    // The number of the parameter :name ($1, $2, ...): a name used again is the same parameter.
    const auto parameter = [&out](const QString &name) {
        const QByteArray utf8 = name.toUtf8();
        qsizetype index = out.names.indexOf(utf8);
        if (index < 0) {
            out.names.append(utf8);
            index = out.names.size() - 1;
        }
        return index + 1;
    };
    // ORDER BY terms: SQLite sorts NULL first ascending and last descending; PostgreSQL the
    // other way round. Each term gets its NULLS FIRST / NULLS LAST.
    int depth = 0;
    int orderDepth = -1; // the parenthesis depth of the ORDER BY being read, -1 outside one
    bool termDescending = false;
    bool termHasNulls = false;
    qsizetype termStart = 0; // where the term being read starts in `text`
    // A term that is a column no row leaves NULL needs no NULLS clause, and without one the
    // planner can read it from an index in either direction.
    const auto neverNull = [&] {
        static const QRegularExpression plain(QStringLiteral("^,?\\s*(?:\\w+\\.)?(\\w+)(?:\\s+(?:ASC|DESC))?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = plain.match(QStringView(text).mid(termStart));
        return m.hasMatch() && notNullColumns.contains(m.captured(1).toLower());
    };
    const auto endTerm = [&] {
        if (orderDepth < 0)
            return;
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        if (!termHasNulls && !neverNull())
            text += termDescending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        termDescending = false;
        termHasNulls = false;
        termStart = text.size();
    };
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        // Quoted text and identifiers are copied as they are.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n) {
                if (sql.at(end) == c) {
                    if (end + 1 < n && sql.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            text += QStringView(sql).mid(i, end + 1 - i);
            i = end + 1;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = n;
            text += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char(':')) {
            if (i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) { // a cast: ::type
                text += QStringLiteral("::");
                i += 2;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && isWordChar(sql.at(end)))
                ++end;
            if (end > i + 1) {
                text += QLatin1Char('$') + QString::number(parameter(sql.mid(i, end - i)));
                i = end;
                continue;
            }
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(sql.at(i - 1)))) {
            const QString word = wordAt(sql, i);
            const qsizetype after = i + word.size();
            ++wordIndex;
            if (orderDepth >= 0 && depth == orderDepth) {
                if (word == QLatin1String("DESC"))
                    termDescending = true;
                else if (word == QLatin1String("ASC"))
                    termDescending = false;
                else if (word == QLatin1String("NULLS"))
                    termHasNulls = true;
                else if (word == QLatin1String("LIMIT") || word == QLatin1String("OFFSET")
                    || word == QLatin1String("UNION") || word == QLatin1String("RETURNING")
                    || word == QLatin1String("ROWS") || word == QLatin1String("RANGE")
                    || word == QLatin1String("GROUPS") || word == QLatin1String("FOR") || word == QLatin1String("FETCH")
                    || word == QLatin1String("WINDOW")) {
                    endTerm();
                    text += QLatin1Char(' ');
                    orderDepth = -1;
                }
            }
            if (word == QLatin1String("BY") && orderDepth < 0) {
                QString before = text;
                while (!before.isEmpty() && before.back().isSpace())
                    before.chop(1);
                if (before.endsWith(QLatin1String("ORDER"), Qt::CaseInsensitive)) {
                    text += QStringView(sql).mid(i, after - i);
                    i = after;
                    orderDepth = depth;
                    termDescending = false;
                    termHasNulls = false;
                    termStart = text.size();
                    continue;
                }
            }
            if (word == QLatin1String("INSERT") && wordIndex == 1) {
                qsizetype j = skipSpace(sql, after);
                if (wordAt(sql, j) == QLatin1String("OR")) {
                    const qsizetype k = skipSpace(sql, j + 2);
                    if (wordAt(sql, k) == QLatin1String("IGNORE")) {
                        insertOrIgnore = true;
                        text += QStringLiteral("INSERT");
                        i = k + 6;
                        continue;
                    }
                }
                j = skipSpace(sql, j);
                if (wordAt(sql, j) == QLatin1String("INTO")) {
                    const qsizetype t = skipSpace(sql, j + 4);
                    insertTable = wordAt(sql, t).toLower();
                }
            } else if (word == QLatin1String("INTO") && insertOrIgnore && insertTable.isEmpty()) {
                insertTable = wordAt(sql, skipSpace(sql, after)).toLower();
            } else if (word == QLatin1String("RETURNING")) {
                hasReturning = true;
            } else if (word == QLatin1String("LIMIT")) {
                // LIMIT :n with n < 0 is no limit in SQLite; PostgreSQL refuses it. The statement
                // binds such a value as NULL (no limit). The LIMIT stays a plain parameter, which
                // the planner reads: an expression there would hide it and spoil every plan.
                const qsizetype j = skipSpace(sql, after);
                qsizetype end = j + 1;
                while (end < n && isWordChar(sql.at(end)))
                    ++end;
                if (j < n && sql.at(j) == QLatin1Char(':') && end > j + 1)
                    out.limits.append(sql.mid(j, end - j).toUtf8());
            } else if (word == QLatin1String("LIKE")) {
                text += QStringLiteral("ILIKE");
                i = after;
                continue;
            } else if (word == QLatin1String("MATCH")) {
                // table MATCH :words (FTS5) is the search table's words column against the same
                // words as a prefix query: search @@ facturo_search_query($n) (the schema's).
                while (!text.isEmpty() && text.back().isSpace())
                    text.chop(1);
                while (!text.isEmpty() && isWordChar(text.back()))
                    text.chop(1);
                qsizetype j = skipSpace(sql, after);
                qsizetype end = j + 1;
                while (end < n && isWordChar(sql.at(end)))
                    ++end;
                if (j < n && sql.at(j) == QLatin1Char(':') && end > j + 1) {
                    text += QStringLiteral("search @@ (SELECT facturo_search_query($%1))")
                                .arg(parameter(sql.mid(j, end - j)));
                    i = end;
                    continue;
                }
                text += QStringLiteral("search @@ facturo_search_query");
                i = after;
                continue;
            } else if (word == QLatin1String("COLLATE")) {
                // x COLLATE NOCASE: SQLite's ASCII case folding is lower() under the schema's
                // COLLATE "C" (and its indexes are on lower(x)).
                const qsizetype j = skipSpace(sql, after);
                if (wordAt(sql, j) == QLatin1String("NOCASE")) {
                    while (!text.isEmpty() && text.back().isSpace())
                        text.chop(1);
                    qsizetype start = text.size();
                    while (start > 0
                        && (isWordChar(text.at(start - 1)) || text.at(start - 1) == QLatin1Char('.')
                            || text.at(start - 1) == QLatin1Char('$') || text.at(start - 1) == QLatin1Char('"')))
                        --start;
                    const QString operand = text.mid(start);
                    text.truncate(start);
                    text += QStringLiteral("lower(") + operand + QLatin1Char(')');
                    i = j + 6;
                    continue;
                }
            } else if (word == QLatin1String("AS")) {
                const qsizetype j = skipSpace(sql, after);
                if (wordAt(sql, j) == QLatin1String("INTEGER")) {
                    text += QStringView(sql).mid(i, j - i);
                    text += QStringLiteral("BIGINT");
                    i = j + 7;
                    continue;
                }
            }
            text += QStringView(sql).mid(i, after - i);
            i = after;
            continue;
        }
        if (c == QLatin1Char('+') && i + 1 < n && (sql.at(i + 1).isLetter() || sql.at(i + 1) == QLatin1Char('_'))
            && unaryPlus(text)) { // SQLite's +column (kept off an index): PostgreSQL has no + of text
            ++i;
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (orderDepth >= 0 && depth == orderDepth) {
                endTerm();
                orderDepth = -1;
            }
            --depth;
        } else if (c == QLatin1Char(',') && orderDepth >= 0 && depth == orderDepth) {
            endTerm();
        } else if (c == QLatin1Char(';') && orderDepth >= 0) {
            endTerm();
            orderDepth = -1;
        }
        text += c;
        ++i;
    }
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == QLatin1Char(';')))
        text.chop(1);
    endTerm();
    // What follows is appended at the end, after a trailing semicolon is taken off.
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == QLatin1Char(';')))
        text.chop(1);
    if (insertOrIgnore)
        text += QStringLiteral(" ON CONFLICT DO NOTHING");
    if (!insertTable.isEmpty() && !hasReturning && tablesWithId.contains(insertTable)) {
        text += QStringLiteral(" RETURNING id");
        out.returnsId = true;
    }
    out.sql = text.toUtf8();
    return out;
}

} // namespace PgDialect
