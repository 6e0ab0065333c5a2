#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

// The canonical text of database rows whose SHA-256 an audit event carries (DESIGN.md "Trust";
// docs/tamper-evidence.md). It is independent of how SQLite stores the rows (page layout, column
// order, storage class, vacuum): each record is written from an explicit field list, each value
// by its type.
//
// Format, version 1 (UTF-8 text):
//   first line      "facturo-rows 1"
//   one line a row  RECORD, then for each field in the documented order a TAB and NAME=VALUE,
//                   then LF. RECORD and NAME are lower-case ASCII.
//   VALUE           integer:   decimal digits with a leading '-' when negative (qint64)
//                   text:      the UTF-8 text with '\' written "\\", TAB "\t", LF "\n", CR "\r"
//                   date:      yyyy-MM-dd
//                   timestamp: yyyy-MM-ddTHH:mm:ss.zzzZ (UTC)
//                   NULL:      "\N" (which no escaped text can be)
//                   a stored value that is not of its field's type: "?" and its escaped text
// The digest is the lower-case hex SHA-256 of these bytes.
class CanonicalRows
{
public:
    CanonicalRows();

    CanonicalRows &record(const char *name); // starts a new row
    CanonicalRows &integer(const char *name, const QVariant &value);
    CanonicalRows &text(const char *name, const QVariant &value);
    CanonicalRows &date(const char *name, const QVariant &value);
    CanonicalRows &timestamp(const char *name, const QVariant &value);

    // The same fields from what the database holds, without the round trip through QVariant and
    // QString (posting computes a digest each time): each writes exactly the bytes its QVariant
    // counterpart writes for that value.
    CanonicalRows &null(const char *name);
    CanonicalRows &integer(const char *name, qint64 value);
    // Text for which isPlainUtf8() holds; other bytes go through text().
    CanonicalRows &utf8Text(const char *name, QByteArrayView utf8);
    // Valid UTF-8 that does not begin with a byte order mark (which QString::fromUtf8 drops):
    // bytes that QString::fromUtf8() and toUtf8() give back unchanged.
    static bool isPlainUtf8(QByteArrayView utf8);
    // A date or timestamp text for which isCanonicalDate() or isCanonicalTimestamp() holds: it
    // is its own canonical form.
    CanonicalRows &canonicalText(const char *name, QByteArrayView text);
    // yyyy-MM-dd (yyyy-MM-ddTHH:mm:ss.zzzZ) of a valid date (time) in the years 1000 to 9999:
    // what date() (timestamp()) writes for that text is the text itself.
    static bool isCanonicalDate(QByteArrayView text);
    static bool isCanonicalTimestamp(QByteArrayView text);

    QByteArray bytes() const;
    QString sha256() const;

    static QString escaped(const QString &text);

private:
    void field(const char *name, const QString &value);
    void field(const char *name, QByteArrayView value);
    void endRow();

    QByteArray m_bytes;
    bool m_inRow = false;
};
