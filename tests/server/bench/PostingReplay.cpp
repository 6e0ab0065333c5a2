#include "PostingReplay.h"

#include <QHash>
#include <QRegularExpression>

#include <cstdlib>
#include <libpq-fe.h>
#include <vector>

namespace {
// "$1 = '5', $2 = NULL, $3 = 'it''s'" -> values (quotes doubled inside a value).
QList<std::optional<QByteArray>> parseParameters(const QString &text)
{
    QList<std::optional<QByteArray>> values;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1String(" = "), i);
        if (eq < 0)
            break;
        i = eq + 3;
        if (text.mid(i, 4) == QLatin1String("NULL")) {
            values.append(std::nullopt);
            i += 4;
        } else if (text.at(i) == QLatin1Char('\'')) {
            QString value;
            ++i;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
                        value += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                value += text.at(i++);
            }
            values.append(value.toUtf8());
        }
        const qsizetype next = text.indexOf(QLatin1String(", $"), i);
        if (next < 0)
            break;
        i = next + 2;
    }
    return values;
}
} // namespace

QList<CapturedStatement> capturePosting(const QString &log, const QString &beginMark, const QString &endMark)
{
    // Entries: a line with the prefix, and the lines without one that follow it (a statement's
    // own line breaks).
    static const QRegularExpression prefix(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d+)? \\S+ \\[(\\d+)\\] ([A-Z]+):  (.*)$"));
    struct Entry
    {
        QString pid, level, text;
    };
    QList<Entry> entries;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = prefix.match(line);
        if (m.hasMatch())
            entries.append({m.captured(2), m.captured(3), m.captured(4)});
        else if (!entries.isEmpty())
            entries.last().text += QLatin1Char('\n') + line;
    }
    QList<CapturedStatement> statements;
    QString pid;
    for (const Entry &e : entries) {
        if (pid.isEmpty()) {
            if (e.level == QLatin1String("LOG") && e.text.contains(beginMark))
                pid = e.pid;
            continue;
        }
        if (e.pid != pid)
            continue;
        if (e.text.contains(endMark))
            break;
        if (e.level == QLatin1String("LOG") && e.text.startsWith(QLatin1String("statement: "))) {
            statements.append({true, e.text.mid(11), {}});
        } else if (e.level == QLatin1String("LOG") && e.text.startsWith(QLatin1String("execute "))) {
            const qsizetype colon = e.text.indexOf(QLatin1String(": "));
            statements.append({false, e.text.mid(colon + 2), {}});
        } else if (e.level == QLatin1String("DETAIL") && e.text.startsWith(QLatin1String("parameters: "))
            && !statements.isEmpty()) {
            statements.last().parameters = parseParameters(e.text.mid(12));
        }
    }
    return statements;
}

PostingReplay::PostingReplay(
    pg_conn *conn, QList<CapturedStatement> statements, qint64 capturedId, QString capturedNumber)
    : m_conn(conn)
    , m_statements(std::move(statements))
    , m_capturedId(QByteArray::number(capturedId))
    , m_capturedNumber(capturedNumber.toUtf8())
{ }

void PostingReplay::learn(const QString &sqlStart, qint64 add, const QString &intoStart, int parameter, qint64 captured)
{
    m_learnt.append({sqlStart, add, intoStart, parameter, QByteArray::number(captured)});
}

bool PostingReplay::prepare()
{
    QHash<QString, QByteArray> prepared;
    for (const CapturedStatement &s : m_statements) {
        if (s.simple) {
            m_names.append(QByteArray());
            continue;
        }
        if (!prepared.contains(s.sql)) {
            const QByteArray name = "replay" + QByteArray::number(prepared.size());
            PGresult *r = PQprepare(
                m_conn, name.constData(), s.sql.toUtf8().constData(), static_cast<int>(s.parameters.size()), nullptr);
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
            if (!ok) {
                m_error = QString::fromUtf8(PQerrorMessage(m_conn)) + s.sql;
                return false;
            }
            prepared.insert(s.sql, name);
        }
        m_names.append(prepared.value(s.sql));
    }
    return true;
}

bool PostingReplay::post(qint64 documentId, const QString &number)
{
    const QByteArray id = QByteArray::number(documentId);
    QHash<int, QByteArray> learnt;
    const QByteArray newNumber = number.toUtf8();
    QByteArray capturedPlain = m_capturedNumber, newPlain = newNumber;
    capturedPlain.replace('-', QByteArray());
    newPlain.replace('-', QByteArray());
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        const CapturedStatement &s = m_statements.at(i);
        PGresult *r = nullptr;
        if (s.simple) {
            r = PQexec(m_conn, s.sql.toUtf8().constData());
        } else {
            std::vector<QByteArray> values;
            std::vector<const char *> pointers;
            values.reserve(static_cast<size_t>(s.parameters.size()));
            for (qsizetype k = 0; k < s.parameters.size(); ++k) {
                const std::optional<QByteArray> &p = s.parameters.at(k);
                if (!p) {
                    values.emplace_back();
                    continue;
                }
                QByteArray v = *p == m_capturedId ? id : *p;
                for (qsizetype l = 0; l < m_learnt.size(); ++l)
                    if (learnt.contains(static_cast<int>(l)) && k == m_learnt.at(l).parameter
                        && s.sql.startsWith(m_learnt.at(l).intoStart) && *p == m_learnt.at(l).captured)
                        v = learnt.value(static_cast<int>(l));
                if (!m_capturedNumber.isEmpty())
                    v.replace(m_capturedNumber, newNumber).replace(capturedPlain, newPlain);
                values.push_back(v);
            }
            for (qsizetype k = 0; k < s.parameters.size(); ++k)
                pointers.push_back(s.parameters.at(k) ? values[static_cast<size_t>(k)].constData() : nullptr);
            r = PQexecPrepared(m_conn, m_names.at(i).constData(), static_cast<int>(pointers.size()), pointers.data(),
                nullptr, nullptr, 0);
        }
        const ExecStatusType status = PQresultStatus(r);
        for (qsizetype l = 0; l < m_learnt.size(); ++l)
            if (status == PGRES_TUPLES_OK && PQntuples(r) > 0 && s.sql.startsWith(m_learnt.at(l).sqlStart))
                learnt.insert(
                    static_cast<int>(l), QByteArray::number(std::atoll(PQgetvalue(r, 0, 0)) + m_learnt.at(l).add));
        PQclear(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)) + QStringLiteral(" in: ") + s.sql.left(200);
            for (const std::optional<QByteArray> &p : s.parameters)
                m_error += QStringLiteral(" [") + QString::fromUtf8(p.value_or("NULL").left(40)) + QLatin1Char(']');
            PQclear(PQexec(m_conn, "ROLLBACK"));
            return false;
        }
    }
    return true;
}
