#pragma once

#include "CsvTable.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the CSV files people export from spreadsheets and other programs (issue 6): encoding
// detected (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252), separator detected
// (',' ';' or tab), RFC 4180 quoting (quoted separators, doubled quotes, line breaks in
// quotes), CRLF, LF or CR line ends. Empty lines are skipped. Errors name the row and field.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Options
    {
        QChar separator; // null: detect
        bool requireSameWidth = true; // every row has as many fields as the header
    };

    static Result<CsvTable> parse(const QByteArray &bytes, const Options &options);
    static Result<CsvTable> parse(const QByteArray &bytes) { return parse(bytes, Options()); }

    // Text of the bytes and the name of the encoding; characters that are neither UTF-8 nor
    // Windows-1252 become U+FFFD (parse() then refuses them, naming row and field).
    static QString decode(const QByteArray &bytes, QString *encoding);
    static QChar detectSeparator(const QString &text);
    // Windows-1252, with U+FFFD for its five undefined bytes.
    static QString fromWindows1252(const QByteArray &bytes);
};
