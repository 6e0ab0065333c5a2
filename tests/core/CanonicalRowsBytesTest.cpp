// CanonicalRows' byte paths (what BookRowsRepository writes straight from SQLite's bytes) write
// exactly what its QVariant paths write for the same stored value, over many generated values:
// a digest must not depend on which path computed it.
#include "CanonicalRows.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <limits>

namespace {
QByteArray viaText(const QByteArray &stored)
{
    // What PreparedStatement::value() gives for a TEXT value.
    return CanonicalRows().text("f", QVariant(QString::fromUtf8(stored))).bytes();
}

QByteArray randomBytes(QRandomGenerator &random)
{
    // ASCII, the escaped characters, NUL, continuation bytes, every kind of lead byte (also the
    // overlong, surrogate, beyond-U+10FFFF and never-valid ones) and pieces of a BOM.
    static const QByteArray alphabet("aZ09 \t\n\r\\\x00\x7F\x80\xBF\xA0\xC0\xC1\xC2\xC3\xDF\xE0\xE2\xED\xEF\xBB"
                                     "\xF0\xF4\xF5\xF8\xFE\xFF",
        31);
    QByteArray out;
    const int size = random.bounded(12);
    for (int i = 0; i < size; ++i)
        out += alphabet.at(random.bounded(alphabet.size()));
    if (random.bounded(8) == 0)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

QByteArray twoDigits(QRandomGenerator &random, int bound)
{
    return QByteArray::number(random.bounded(bound)).rightJustified(2, '0');
}

QByteArray randomDate(QRandomGenerator &random)
{
    static const QList<QByteArray> years {"0000", "0001", "0999", "1000", "1900", "2024", "2026", "2100", "9999"};
    return years.at(random.bounded(years.size())) + '-' + twoDigits(random, 14) + '-' + twoDigits(random, 33);
}

QByteArray randomTime(QRandomGenerator &random)
{
    return twoDigits(random, 26) + ':' + twoDigits(random, 62) + ':' + twoDigits(random, 62) + '.'
        + QByteArray::number(random.bounded(1000)).rightJustified(3, '0');
}
} // namespace

TEST_CASE("canonical rows write the same bytes from stored UTF-8 as from its QString")
{
    QRandomGenerator random(20261203);
    int plain = 0;
    int other = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray stored = randomBytes(random);
        if (!CanonicalRows::isPlainUtf8(stored)) {
            ++other;
            continue;
        }
        ++plain;
        INFO(stored.toHex().toStdString());
        REQUIRE(CanonicalRows().utf8Text("f", stored).bytes() == viaText(stored));
    }
    CHECK(plain > 2000);
    CHECK(other > 2000);
    // What the QString round trip changes is not plain.
    CHECK_FALSE(CanonicalRows::isPlainUtf8("\xEF\xBB\xBFhi"));
    CHECK_FALSE(CanonicalRows::isPlainUtf8("a\xC3"));
    CHECK_FALSE(CanonicalRows::isPlainUtf8("\xED\xA0\x80"));
    CHECK(CanonicalRows::isPlainUtf8(QByteArray("a\0b\xEF\xBB\xBF", 6)));
    CHECK(CanonicalRows().utf8Text("f", QByteArray("\\\t\n\r\xC3\xA9", 6)).bytes()
        == QByteArray("facturo-rows 1\n\tf=\\\\\\t\\n\\r\xC3\xA9"));

    for (const qint64 n :
        {std::numeric_limits<qint64>::min(), qint64(-1), qint64(0), qint64(42), std::numeric_limits<qint64>::max()})
        CHECK(CanonicalRows().integer("f", n).bytes() == CanonicalRows().integer("f", QVariant(n)).bytes());
    CHECK(CanonicalRows().null("f").bytes()
        == CanonicalRows().text("f", QVariant(QMetaType(QMetaType::QString))).bytes());
    CHECK(CanonicalRows().null("f").bytes()
        == CanonicalRows().integer("f", QVariant(QMetaType(QMetaType::QString))).bytes());
}

TEST_CASE("a canonical date or timestamp text is what the date and timestamp fields write for it")
{
    QRandomGenerator random(3122026);
    int canonical = 0;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray date = randomDate(random);
        const bool asTimestamp = random.bounded(2) == 0;
        QByteArray text = asTimestamp ? date + 'T' + randomTime(random) + 'Z' : date;
        if (random.bounded(10) == 0)
            text[random.bounded(text.size())] = "x- :.TZ+"[random.bounded(8)];
        const QVariant stored(QString::fromLatin1(text));
        INFO(text.toStdString());
        if (asTimestamp ? CanonicalRows::isCanonicalTimestamp(text) : CanonicalRows::isCanonicalDate(text)) {
            ++canonical;
            const QByteArray expected = asTimestamp ? CanonicalRows().timestamp("f", stored).bytes()
                                                    : CanonicalRows().date("f", stored).bytes();
            REQUIRE(CanonicalRows().canonicalText("f", text).bytes() == expected);
        }
    }
    CHECK(canonical > 3000);
    CHECK(CanonicalRows::isCanonicalDate("2024-02-29"));
    CHECK_FALSE(CanonicalRows::isCanonicalDate("2026-02-29"));
    CHECK_FALSE(CanonicalRows::isCanonicalDate("2026-3-10"));
    CHECK_FALSE(CanonicalRows::isCanonicalDate("2026-03-10T09:00"));
    CHECK(CanonicalRows::isCanonicalTimestamp("2026-03-10T23:59:59.999Z"));
    CHECK_FALSE(CanonicalRows::isCanonicalTimestamp("2026-03-10T24:00:00.000Z"));
    CHECK_FALSE(CanonicalRows::isCanonicalTimestamp("2026-03-10T09:30:00Z"));
    CHECK_FALSE(CanonicalRows::isCanonicalTimestamp("2026-03-10T09:30:00.000+01:00"));
}
