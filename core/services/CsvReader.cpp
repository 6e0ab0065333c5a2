#include "CsvReader.h"

#include <QStringDecoder>

namespace {
const QChar Replacement(0xFFFD);

// Valid and invalid multi-byte UTF-8 sequences in the bytes.
void scanUtf8(const QByteArray &bytes, int *valid, int *invalid)
{
    *valid = 0;
    *invalid = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (static_cast<unsigned char>(bytes.at(i + k)) & 0xC0) == 0x80;
        if (ok) {
            ++*valid;
            i += length;
        } else {
            ++*invalid;
            ++i;
        }
    }
}

struct Scanner
{
    const QString &text;
    QChar separator;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }

    // One record; `closed` false when a quoted field runs to the end of the text.
    QStringList record(bool *closed)
    {
        QStringList cells;
        QString cell;
        bool quoted = false;
        bool wasQuoted = false;
        *closed = true;
        while (pos < text.size()) {
            const QChar c = text.at(pos);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (pos + 1 < text.size() && text.at(pos + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++pos;
                    continue;
                }
                cell += c;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('"') && !wasQuoted && cell.trimmed().isEmpty()) {
                quoted = true;
                wasQuoted = true;
                cell.clear();
                ++pos;
                continue;
            }
            if (c == separator) {
                cells << cell;
                cell.clear();
                wasQuoted = false;
                ++pos;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                ++pos;
                if (c == QLatin1Char('\r') && pos < text.size() && text.at(pos) == QLatin1Char('\n'))
                    ++pos;
                cells << cell;
                return cells;
            }
            // Text after a closing quote ("abc"def) is kept, as spreadsheets do.
            cell += c;
            ++pos;
        }
        if (quoted)
            *closed = false;
        cells << cell;
        return cells;
    }
};

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}
} // namespace

QString CsvReader::fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
        0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString text;
    text.reserve(bytes.size());
    for (char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        text += (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8 with BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder decoder(QStringConverter::Utf16, QStringConverter::Flag::Stateless);
        QString text = decoder(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    int valid = 0;
    int invalid = 0;
    scanUtf8(bytes, &valid, &invalid);
    if (invalid == 0 || valid > 0) {
        // Valid UTF-8, or UTF-8 with broken sequences (they become U+FFFD and are refused).
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes);
    }
    *encoding = QStringLiteral("Windows-1252");
    return fromWindows1252(bytes);
}

QChar CsvReader::detectSeparator(const QString &text)
{
    const QChar candidates[] = {QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',')};
    QChar best = QLatin1Char(',');
    int bestScore = -1;
    for (QChar sep : candidates) {
        Scanner scanner {text, sep};
        QList<qsizetype> widths;
        while (!scanner.atEnd() && widths.size() < 20) {
            bool closed = true;
            const QStringList cells = scanner.record(&closed);
            if (!isBlank(cells))
                widths << cells.size();
        }
        if (widths.isEmpty() || widths.first() < 2)
            continue;
        // A separator that splits every line the same way wins; more columns break ties.
        const bool consistent = widths.count(widths.first()) == widths.size();
        const int score = (consistent ? 1000 : 0) + static_cast<int>(widths.first());
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const Options &options)
{
    CsvTable table;
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return Error::invalid(tr("The file is not a text file (it contains zero bytes): save it as CSV in UTF-8 "
                                 "and try again. Nothing was imported."));
    const QString text = decode(bytes, &table.encoding);
    table.separator = options.separator.isNull() ? detectSeparator(text) : options.separator;
    Scanner scanner {text, table.separator};
    int row = 0;
    while (!scanner.atEnd()) {
        bool closed = true;
        QStringList cells = scanner.record(&closed);
        ++row;
        if (!closed)
            return Error::invalid(
                tr("Row %1: a quoted field is not closed (a \" is missing). Nothing was imported.").arg(row));
        if (isBlank(cells)) {
            --row; // empty lines are not rows
            continue;
        }
        if (table.header.isEmpty()) {
            for (QString &name : cells)
                name = name.trimmed().toLower();
            table.header = cells;
            continue;
        }
        table.rows.append({row, cells});
    }
    if (table.header.isEmpty())
        return Error::invalid(tr("The file is empty: a CSV file starts with a row of column names."));
    const auto fieldName = [&table](qsizetype i) {
        return i < table.header.size() && !table.header.at(i).isEmpty() ? table.header.at(i) : QString::number(i + 1);
    };
    for (qsizetype h = 0; h < table.header.size(); ++h)
        if (table.header.at(h).contains(Replacement))
            return Error::invalid(tr("Row 1, field %1: the text is neither UTF-8 nor Windows-1252. Save the file as "
                                     "CSV in UTF-8 and try again. Nothing was imported.")
                                      .arg(h + 1));
    for (const CsvRow &r : std::as_const(table.rows)) {
        for (qsizetype i = 0; i < r.cells.size(); ++i)
            if (r.cells.at(i).contains(Replacement))
                return Error::invalid(tr("Row %1, field \"%2\": the text is neither UTF-8 nor Windows-1252. Save the "
                                         "file as CSV in UTF-8 and try again. Nothing was imported.")
                                          .arg(r.row)
                                          .arg(fieldName(i)));
        if (!options.requireSameWidth)
            continue;
        if (r.cells.size() < table.header.size())
            return Error::invalid(tr("Row %1, field \"%2\": missing (the row has %3 fields, the header %4). Nothing "
                                     "was imported.")
                                      .arg(r.row)
                                      .arg(fieldName(r.cells.size()))
                                      .arg(r.cells.size())
                                      .arg(table.header.size()));
        if (r.cells.size() > table.header.size())
            return Error::invalid(tr("Row %1: %2 fields where the header has %3 (a separator inside a cell that is "
                                     "not quoted?). Nothing was imported.")
                                      .arg(r.row)
                                      .arg(r.cells.size())
                                      .arg(table.header.size()));
    }
    return table;
}
