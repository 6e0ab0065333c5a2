#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

// The text boxes of a PDF as `pdftotext -bbox-layout` (poppler-utils) reads them: pages,
// blocks, lines and words, in PDF points (origin top left).
struct PdfBoxes
{
    struct Word
    {
        QRectF box;
        QString text;
    };
    struct Line
    {
        QRectF box;
        QList<Word> words;
        QString text() const;
    };
    struct Block
    {
        QRectF box;
        QList<Line> lines;
    };
    struct Page
    {
        QSizeF size;
        QList<Block> blocks;
        QList<Word> words() const;
        QList<Line> lines() const;
    };
    QList<Page> pages;
    QString error; // empty when read

    static PdfBoxes read(const QString &pdf);
    // One page (0-based) rendered by pdftoppm at `dpi`: what the clerk sees, clipping included.
    static QImage pageImage(const QString &pdf, int page, int dpi);
    // Whether the word's first and last characters are inked on `image` (a page at `dpi`): a
    // word whose end was clipped away by its box is in the PDF's text but not on the paper.
    static bool inked(const QImage &image, int dpi, const Word &word);

    // Two boxes overlap when they share more than `slack` points across and more than a third
    // of the lower one's height (text on neighbouring lines touches at its ascent and descent).
    static bool overlap(const QRectF &a, const QRectF &b, qreal slack = 0.5);
};
