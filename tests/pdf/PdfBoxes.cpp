#include "PdfBoxes.h"

#include "PdfTestSupport.h"

#include <QXmlStreamReader>
#include <QtMath>

namespace {
QRectF boxOf(const QXmlStreamAttributes &a)
{
    const qreal x1 = a.value(QLatin1String("xMin")).toDouble();
    const qreal y1 = a.value(QLatin1String("yMin")).toDouble();
    const qreal x2 = a.value(QLatin1String("xMax")).toDouble();
    const qreal y2 = a.value(QLatin1String("yMax")).toDouble();
    return QRectF(QPointF(x1, y1), QPointF(x2, y2));
}
} // namespace

QString PdfBoxes::Line::text() const
{
    QStringList texts;
    for (const Word &word : words)
        texts.append(word.text);
    return texts.join(QLatin1Char(' '));
}

QList<PdfBoxes::Word> PdfBoxes::Page::words() const
{
    QList<Word> all;
    for (const Block &block : blocks)
        for (const Line &line : block.lines)
            all.append(line.words);
    return all;
}

QList<PdfBoxes::Line> PdfBoxes::Page::lines() const
{
    QList<Line> all;
    for (const Block &block : blocks)
        all.append(block.lines);
    return all;
}

PdfBoxes PdfBoxes::read(const QString &pdf)
{
    PdfBoxes result;
    int exitCode = -1;
    const QByteArray xml = PdfTestSupport::run(QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
        &exitCode);
    if (exitCode != 0) {
        result.error = QStringLiteral("pdftotext -bbox-layout failed on %1").arg(pdf);
        return result;
    }
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == QLatin1String("page")) {
            Page page;
            page.size = QSizeF(reader.attributes().value(QLatin1String("width")).toDouble(),
                reader.attributes().value(QLatin1String("height")).toDouble());
            result.pages.append(page);
        } else if (name == QLatin1String("block") && !result.pages.isEmpty()) {
            result.pages.last().blocks.append({boxOf(reader.attributes()), {}});
        } else if (name == QLatin1String("line") && !result.pages.isEmpty() && !result.pages.last().blocks.isEmpty()) {
            result.pages.last().blocks.last().lines.append({boxOf(reader.attributes()), {}});
        } else if (name == QLatin1String("word") && !result.pages.isEmpty() && !result.pages.last().blocks.isEmpty()
            && !result.pages.last().blocks.last().lines.isEmpty()) {
            const QRectF box = boxOf(reader.attributes());
            result.pages.last().blocks.last().lines.last().words.append({box, reader.readElementText()});
        }
    }
    if (reader.hasError())
        result.error = reader.errorString();
    return result;
}

bool PdfBoxes::overlap(const QRectF &a, const QRectF &b, qreal slack)
{
    const qreal across = qMin(a.right(), b.right()) - qMax(a.left(), b.left());
    const qreal down = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    return across > slack && down > qMin(a.height(), b.height()) / 3.0;
}

QImage PdfBoxes::pageImage(const QString &pdf, int page, int dpi)
{
    int exitCode = -1;
    const QByteArray png = PdfTestSupport::run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
            QString::number(page + 1), QStringLiteral("-l"), QString::number(page + 1), QStringLiteral("-singlefile"),
            pdf},
        &exitCode);
    if (exitCode != 0)
        return {};
    return QImage::fromData(png, "PNG").convertToFormat(QImage::Format_Grayscale8);
}

bool PdfBoxes::inked(const QImage &image, int dpi, const Word &word)
{
    const qreal scale = dpi / 72.0;
    const qreal characterWidth = qMax<qreal>(2.0, word.box.width() / qMax<qsizetype>(1, word.text.size()));
    const qreal top = word.box.top() + word.box.height() * 0.2;
    const qreal bottom = word.box.bottom() - word.box.height() * 0.2;
    const auto hasInk = [&](qreal left, qreal right) {
        for (int y = qFloor(top * scale); y <= qCeil(bottom * scale) && y < image.height(); ++y) {
            const uchar *row = image.constScanLine(qMax(0, y));
            for (int x = qMax(0, qFloor(left * scale)); x <= qCeil(right * scale) && x < image.width(); ++x)
                if (row[x] < 200)
                    return true;
        }
        return false;
    };
    return hasInk(word.box.left(), word.box.left() + characterWidth)
        && hasInk(word.box.right() - characterWidth, word.box.right());
}
