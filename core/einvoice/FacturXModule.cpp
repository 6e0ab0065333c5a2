#include "FacturXModule.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace {
const QString &moduleFileName()
{
    static const QString name = QStringLiteral("libfacturo-facturx.so");
    return name;
}

// The embed function of the first module found, or why there is none.
struct Loaded
{
    FacturXModule::EmbedFunction embed = nullptr;
    QString error;
};

Loaded load()
{
    QStringList failures;
    for (const QString &dir : FacturXModule::searchPath()) {
        const QString path = QDir(dir).filePath(moduleFileName());
        if (!QFileInfo::exists(path))
            continue;
        QLibrary library(path);
        if (!library.load()) {
            failures.append(library.errorString());
            continue;
        }
        const auto version
            = reinterpret_cast<FacturXModule::VersionFunction>(library.resolve(FacturXModule::VersionSymbol));
        const auto embed = reinterpret_cast<FacturXModule::EmbedFunction>(library.resolve(FacturXModule::EmbedSymbol));
        if (!version || !embed || version() != FacturXModule::Version) {
            failures.append(FacturXPdf::tr("%1 is of another version of Facturo").arg(path));
            library.unload();
            continue;
        }
        return {embed, {}}; // stays loaded for the life of the process
    }
    if (failures.isEmpty())
        failures.append(
            FacturXPdf::tr("it is in none of %1").arg(FacturXModule::searchPath().join(QStringLiteral(", "))));
    return {nullptr,
        FacturXPdf::tr("Factur-X needs %1, which could not be loaded: %2")
            .arg(moduleFileName(), failures.join(QStringLiteral("; ")))};
}
} // namespace

QStringList FacturXModule::searchPath()
{
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                        : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QString buildDir = QStringLiteral(FACTURO_FACTURX_MODULE_BUILD_DIR);
    QStringList dirs;
    // A program of the build tree uses the module built with it, never an installed one.
    if (appDir.startsWith(QStringLiteral(FACTURO_BUILD_ROOT "/")))
        dirs.append(buildDir);
    dirs.append(QDir::cleanPath(QDir(appDir).filePath(QStringLiteral(FACTURO_FACTURX_MODULE_RELATIVE_DIR))));
    dirs.append(QStringLiteral(FACTURO_FACTURX_MODULE_INSTALL_DIR));
    dirs.removeDuplicates();
    return dirs;
}

Result<QByteArray> FacturXModule::embed(
    const QByteArray &pdfA1b, const QByteArray &ciiXml, const FacturXMetadata &metadata, const QString &afRelationship)
{
    static const Loaded module = load();
    if (!module.embed)
        return Error::invalid(module.error);
    QByteArray pdf;
    QString error;
    if (!module.embed(pdfA1b, ciiXml, metadata, afRelationship, &pdf, &error))
        return Error::invalid(error);
    return pdf;
}
