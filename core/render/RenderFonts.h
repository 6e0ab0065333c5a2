#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// The fonts printed documents use. DejaVu Sans (Debian's fonts-dejavu-core) is registered
// explicitly from its files, so that a PDF never depends on fontconfig's defaults and always
// embeds the same font.
class RenderFonts
{
    Q_DECLARE_TR_FUNCTIONS(RenderFonts)
public:
    static QString defaultFamily() { return QStringLiteral("DejaVu Sans"); }
    static QString fontDirectory() { return QStringLiteral("/usr/share/fonts/truetype/dejavu"); }

    // Registers DejaVu Sans (regular, bold, oblique) once per process. Needs a
    // QGuiApplication; refuses with a message when there is none or the files are missing.
    static Status ensureRegistered();
    // The family to print with: the template's when it is installed, else DejaVu Sans.
    static QString resolveFamily(const QString &requested);
};
