#include "RenderFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex registrationMutex;
bool registered = false;
} // namespace

Status RenderFonts::ensureRegistered()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::invalid(tr("documents can only be rendered in a graphical application (QGuiApplication)"));
    const QMutexLocker locker(&registrationMutex);
    if (registered)
        return {};
    const char *files[] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                           "DejaVuSans-BoldOblique.ttf"};
    for (const char *file : files) {
        const QString path = fontDirectory() + QLatin1Char('/') + QLatin1String(file);
        if (QFontDatabase::addApplicationFont(path) < 0)
            return Error::notFound(tr("the font file %1 is missing (install fonts-dejavu-core)").arg(path));
    }
    registered = true;
    return {};
}

QString RenderFonts::resolveFamily(const QString &requested)
{
    if (!requested.isEmpty() && requested != defaultFamily() && QFontDatabase::hasFamily(requested))
        return requested;
    return defaultFamily();
}
