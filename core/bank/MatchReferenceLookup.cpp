#include "MatchReferenceLookup.h"

#include <QRegularExpression>

QStringList MatchReferenceLookup::candidates(const QString &text)
{
    QStringList found;
    const QString upper = text.toUpper();
    // RF + 2 check digits + up to 21 characters, often printed in groups of four: every prefix
    // that ends at a group boundary is a candidate (the lookup knows which one exists).
    static const QRegularExpression rf(QStringLiteral("(?<![A-Z0-9])RF[0-9]{2}(?: ?[0-9A-Z]{1,4}){1,6}"));
    for (auto it = rf.globalMatch(upper); it.hasNext();) {
        const QString m = it.next().captured(0);
        const QStringList groups = m.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString ref = m.left(4);
        QStringList mine;
        for (const QString &g : groups) {
            ref += g;
            if (ref.size() > 25)
                break;
            mine.prepend(ref);
        }
        if (groups.size() == 1 && groups.first().size() > 4) // written without spaces
            mine = {ref.left(25)};
        found += mine;
    }
    // Belgian structured communication: +++123/4567/89012+++ or ***...***, or its 12 digits.
    static const QRegularExpression be(
        QStringLiteral("(?<![0-9])(?:\\+\\+\\+|\\*\\*\\*)?\\s*([0-9]{3})\\s*/?\\s*([0-9]{4})\\s*/"
                       "?\\s*([0-9]{5})(?![0-9])\\s*(?:\\+\\+\\+|\\*\\*\\*)?"));
    for (auto it = be.globalMatch(upper); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(1) + m.captured(2) + m.captured(3);
        const int check = digits.right(2).toInt();
        const qint64 base = digits.left(10).toLongLong();
        const int expected = base % 97 == 0 ? 97 : static_cast<int>(base % 97);
        if (check == expected && !found.contains(digits))
            found.append(digits);
    }
    return found;
}
