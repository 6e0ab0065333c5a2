#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

namespace {
QByteArray written(const QList<QStringList> &rows, QChar separator, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, separator);
    if (bom)
        REQUIRE(writer.writeBom().ok());
    for (const QStringList &row : rows)
        REQUIRE(writer.writeRow(row).ok());
    return buffer.data();
}

CsvTable parsed(const QByteArray &bytes)
{
    auto t = CsvReader::parse(bytes);
    INFO(t.message().toStdString());
    REQUIRE(t.ok());
    return t.value();
}
} // namespace

TEST_CASE("CSV written and read back gives the same cells, whatever the separator and encoding marks")
{
    const QList<QStringList> rows {
        {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("note")},
        {QStringLiteral("Boulangerie \"Chez Paul\""), QStringLiteral("3 place Bellecour\n69002 Lyon"),
            QStringLiteral("a, b; c\td")},
        {QStringLiteral("Müller & Söhne GmbH"), QStringLiteral(""), QStringLiteral("  spaces kept  ")},
        {QStringLiteral("Café €uro — ok"), QStringLiteral("-12.50"), QStringLiteral("1,5")},
    };
    for (QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        for (bool bom : {true, false}) {
            const CsvTable t = parsed(written(rows, separator, bom));
            INFO("separator " << QString(separator).toStdString() << " bom " << bom);
            CHECK(t.separator == separator);
            CHECK(t.encoding == (bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8")));
            CHECK(t.header == rows.first());
            REQUIRE(t.rows.size() == 3);
            for (int i = 0; i < 3; ++i)
                CHECK(t.rows.at(i).cells == rows.at(i + 1));
            CHECK(t.rows.at(0).row == 2);
            CHECK(t.rows.at(1).row == 3); // the quoted line break does not count as a row
        }
    }
}

TEST_CASE("CSV encodings are detected: UTF-8, Windows-1252 and UTF-16 with a BOM")
{
    const QByteArray cp1252 = "name;city\r\nCaf\xe9 du March\xe9;Besan\xe7on\r\nPrix \x80 \x93 \x9c;x\r\n";
    const CsvTable t = parsed(cp1252);
    CHECK(t.encoding == QStringLiteral("Windows-1252"));
    CHECK(t.separator == QLatin1Char(';'));
    CHECK(t.rows.at(0).cells.at(0) == QStringLiteral("Café du Marché"));
    CHECK(t.rows.at(0).cells.at(1) == QStringLiteral("Besançon"));
    CHECK(t.rows.at(1).cells.at(0) == QStringLiteral("Prix € “ œ"));

    QString text = QStringLiteral("name\tcity\nZürich AG\tZürich\n");
    QByteArray utf16("\xFF\xFE");
    for (QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const CsvTable u = parsed(utf16);
    CHECK(u.encoding == QStringLiteral("UTF-16"));
    CHECK(u.rows.at(0).cells == QStringList {QStringLiteral("Zürich AG"), QStringLiteral("Zürich")});

    // CR only, no final line end, empty lines between rows.
    const CsvTable cr = parsed("a,b\r1,2\r\r3,4");
    CHECK(cr.rows.size() == 2);
    CHECK(cr.rows.at(1).row == 3);
}

TEST_CASE("malformed CSV is refused with the row and field named")
{
    auto width = CsvReader::parse("name,email,terms\nA,a@x.fr,30\nB,b@x.fr\n");
    REQUIRE_FALSE(width.ok());
    CHECK(width.message().contains(QStringLiteral("Row 3, field \"terms\"")));
    auto extra = CsvReader::parse("name;email\nA;a@x.fr\nB;b@x.fr;oops\n");
    REQUIRE_FALSE(extra.ok());
    CHECK(extra.message().contains(QStringLiteral("Row 3")));
    auto open = CsvReader::parse("name,note\nA,\"never closed\nB,x\n");
    REQUIRE_FALSE(open.ok());
    CHECK(open.message().contains(QStringLiteral("Row 2")));
    // UTF-8 with a broken sequence in row 3, field "city".
    auto broken = CsvReader::parse("name,city\nZ\xc3\xbcrich AG,Z\xc3\xbcrich\nB,Gen\xe8ve\n");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.message().contains(QStringLiteral("Row 3, field \"city\"")));
    // A byte Windows-1252 does not define.
    auto undefined = CsvReader::parse("name,city\nA,Lyon\nB,Par\x81s\n");
    REQUIRE_FALSE(undefined.ok());
    CHECK(undefined.message().contains(QStringLiteral("Row 3, field \"city\"")));
    CHECK_FALSE(CsvReader::parse(QByteArray("na\0me,x\n", 9)).ok());
    CHECK_FALSE(CsvReader::parse("\n\n").ok());
}

TEST_CASE("cells a spreadsheet would run as formulas are neutralised, numbers are not")
{
    CHECK(CsvWriter::neutralised(QStringLiteral("=HYPERLINK(\"http://x\")"))
        == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(CsvWriter::neutralised(QStringLiteral("+33 6 12 34 56 78")) == QStringLiteral("'+33 6 12 34 56 78"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-1+cmd|' /C calc'!A0")) == QStringLiteral("'-1+cmd|' /C calc'!A0"));
    CHECK(CsvWriter::neutralised(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::neutralised(QStringLiteral("\t=1+1")) == QStringLiteral("'\t=1+1"));
    CHECK(CsvWriter::neutralised(QStringLiteral("\r=1+1")) == QStringLiteral("'\r=1+1"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-12,50")) == QStringLiteral("-12,50"));
    CHECK(CsvWriter::neutralised(QStringLiteral("+7")) == QStringLiteral("+7"));
    CHECK(CsvWriter::neutralised(QStringLiteral("Boulangerie")) == QStringLiteral("Boulangerie"));
    CHECK(CsvWriter::line({QStringLiteral("=1+2"), QStringLiteral("a,b")}) == QStringLiteral("'=1+2,\"a,b\""));
    // Read back, the cell keeps its apostrophe: it stays text.
    const CsvTable t = parsed(written({{QStringLiteral("x")}, {QStringLiteral("=cmd()")}}, QLatin1Char(','), false));
    CHECK(t.rows.at(0).cells.at(0) == QStringLiteral("'=cmd()"));
}
