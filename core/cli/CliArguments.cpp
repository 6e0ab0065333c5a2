#include "CliArguments.h"

namespace {
// Options that take no value.
const QSet<QString> &flagNames()
{
    static const QSet<QString> flags = {QStringLiteral("json"), QStringLiteral("dry-run"), QStringLiteral("overdue"),
                                        QStringLiteral("help"), QStringLiteral("trash"), QStringLiteral("quiet"),
                                        QStringLiteral("quick"), QStringLiteral("rotate"), QStringLiteral("now"),
                                        QStringLiteral("to-review"), QStringLiteral("clear"),
                                        QStringLiteral("unmatched")};
    return flags;
}
} // namespace

Result<CliArguments> CliArguments::parse(const QStringList &arguments)
{
    CliArguments a;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString arg = arguments.at(i);
        if (arg == QLatin1String("-h")) {
            a.help = true;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            a.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name.isEmpty())
            return Error::invalid(tr("An option has no name: %1").arg(arg));
        if (flagNames().contains(name)) {
            if (hasValue)
                return Error::invalid(tr("--%1 takes no value.").arg(name));
            if (name == QLatin1String("json"))
                a.json = true;
            else if (name == QLatin1String("help"))
                a.help = true;
            a.m_flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return Error::invalid(tr("--%1 needs a value.").arg(name));
            value = arguments.at(++i);
        }
        if (name == QLatin1String("db"))
            a.db = value;
        else if (name == QLatin1String("user"))
            a.user = value;
        else
            a.m_options.insert(name, value);
    }
    return a;
}

Status CliArguments::allowOnly(const QStringList &known, const QString &verb) const
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        if (!known.contains(it.key()))
            return Error::invalid(tr("Unknown option --%1 for '%2'.").arg(it.key(), verb));
    for (const QString &f : m_flags)
        if (f != QLatin1String("json") && f != QLatin1String("help") && f != QLatin1String("quiet") && !known.contains(f))
            return Error::invalid(tr("Unknown option --%1 for '%2'.").arg(f, verb));
    return {};
}

Result<QString> CliArguments::positional(int index, const QString &what) const
{
    const qsizetype at = verbWords + index;
    if (at >= words.size())
        return Error::invalid(tr("Missing %1.").arg(what));
    return words.at(at);
}
