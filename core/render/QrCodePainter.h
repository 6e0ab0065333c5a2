#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPainterPath>
#include <QRectF>

class QPainter;

// A QR code (libqrencode, error correction level M) drawn as vector rectangles: crisp at any
// zoom and on any printer. The path holds one rectangle per horizontal run of dark modules,
// in module units (0..modules), the quiet zone excluded.
class QrCodePainter
{
    Q_DECLARE_TR_FUNCTIONS(QrCodePainter)
public:
    static constexpr int QuietZoneModules = 4;

    // Encodes the bytes as they are (8-bit mode).
    static Result<QrCodePainter> encode(const QByteArray &data);

    int modules() const { return m_modules; }
    bool isDark(int x, int y) const;
    // Paints the code with its white quiet zone filling `square` (the larger side is ignored).
    void paint(QPainter &painter, const QRectF &square, const QColor &color) const;

private:
    QrCodePainter() = default;

    int m_modules = 0;
    QByteArray m_dark; // row-major, 1 = dark module
    QPainterPath m_path;
};
