#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs poppler-utils and zbar-tools on real PDF files in a temporary folder.
class PdfTestSupport
{
public:
    PdfTestSupport();

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Writes the bytes to the temporary folder; returns the file's path. With
    // FACTURO_PDF_KEEP_DIR set, a numbered copy also goes to that folder.
    QString write(const QString &name, const QByteArray &bytes) const;

    // Standard output of the program (UTF-8); exitCode gets its exit status (-1 = did not run).
    static QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr);

    // pdftotext (with -layout when asked), all pages or pages first..last (1-based).
    static QString text(const QString &pdf, bool layout, int first = 0, int last = 0);
    // pdftotext -raw: content-stream order; keeps rotated text (the DRAFT watermark) whole.
    static QString rawText(const QString &pdf);
    static int pageCount(const QString &pdf); // pdfinfo "Pages:"
    static QString info(const QString &pdf);  // pdfinfo output
    static QString fonts(const QString &pdf); // pdffonts output
    // The QR code on the page, decoded by zbarimg from a 300 dpi rendering (raw bytes).
    QByteArray decodeQr(const QString &pdf, int page) const;

    // Whitespace of every kind (including no-break spaces) collapsed to one space per run,
    // lines trimmed, empty lines dropped.
    static QString normalized(const QString &text);
    // normalized() on one line: for "contains" checks across layout columns.
    static QString flat(const QString &text);

private:
    QTemporaryDir m_dir;
};
