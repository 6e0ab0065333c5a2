#include "QrCodePainter.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

Result<QrCodePainter> QrCodePainter::encode(const QByteArray &data)
{
    if (data.isEmpty())
        return Error::invalid(tr("there is nothing to put in the QR code"));
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                          0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return Error::invalid(tr("the QR code could not be encoded (the data may be too long)"));

    QrCodePainter painter;
    painter.m_modules = code->width;
    painter.m_dark.resize(qsizetype(code->width) * code->width);
    painter.m_path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code->width; ++y) {
        int runStart = -1;
        for (int x = 0; x <= code->width; ++x) {
            const bool dark = x < code->width && (code->data[y * code->width + x] & 1);
            if (x < code->width)
                painter.m_dark[y * code->width + x] = dark ? 1 : 0;
            if (dark && runStart < 0)
                runStart = x;
            if (!dark && runStart >= 0) {
                painter.m_path.addRect(QRectF(runStart, y, x - runStart, 1));
                runStart = -1;
            }
        }
    }
    return painter;
}

bool QrCodePainter::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_modules || y >= m_modules)
        return false;
    return m_dark.at(y * m_modules + x) != 0;
}

void QrCodePainter::paint(QPainter &painter, const QRectF &square, const QColor &color) const
{
    const qreal side = qMin(square.width(), square.height());
    const int total = m_modules + 2 * QuietZoneModules;
    const qreal module = side / total;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(square.topLeft(), QSizeF(side, side)), Qt::white);
    painter.translate(square.left() + QuietZoneModules * module, square.top() + QuietZoneModules * module);
    painter.scale(module, module);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(m_path);
    painter.restore();
}
