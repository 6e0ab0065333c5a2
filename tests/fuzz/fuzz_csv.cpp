// The CSV reader behind every import: any bytes (any encoding, separators, quotes, line
// breaks) give a table with consistent row numbers, or an error — never a crash or a hang.
#include "CsvReader.h"
#include "FuzzCheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto table = CsvReader::parse(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!table) {
        FUZZ_CHECK(!table.message().isEmpty());
        return 0;
    }
    int previous = 1;
    for (const CsvRow &row : table->rows) {
        FUZZ_CHECK(row.row > previous); // the header is row 1; records go forward
        previous = row.row;
    }
    FUZZ_CHECK(table->separator == QLatin1Char(',') || table->separator == QLatin1Char(';')
               || table->separator == QLatin1Char('\t'));
    return 0;
}
