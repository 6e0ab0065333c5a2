#pragma once

#include <QString>

// What a line sells; decides the revenue account of the journal entry.
enum class LineKind { Labor, Part, Other };

namespace LineKinds {
inline QString key(LineKind kind)
{
    switch (kind) {
    case LineKind::Labor: return QStringLiteral("labor");
    case LineKind::Part: return QStringLiteral("part");
    case LineKind::Other: return QStringLiteral("other");
    }
    return {};
}
inline LineKind fromKey(const QString &key)
{
    if (key == QLatin1String("labor"))
        return LineKind::Labor;
    if (key == QLatin1String("part"))
        return LineKind::Part;
    return LineKind::Other;
}
} // namespace LineKinds
