#pragma once

#include "FacturXPdf.h"

// The part of Factur-X that needs libqpdf (and the dozen libraries it pulls in) lives in a module
// of its own, libfacturo-facturx.so (core/facturxmodule), loaded the first time a Factur-X PDF
// is made: every other run of facturo-cli and the window starts without it.
//
// The module exports two C functions: facturo_facturx_module_version(), which returns
// FacturXModule::Version, and facturo_facturx_embed (FacturXModule::EmbedFunction), which makes
// the Factur-X PDF from inputs FacturXPdf::make has checked. Both sides are built from this
// header: a module of another version is refused.
namespace FacturXModule {
inline constexpr int Version = 1;
inline constexpr char VersionSymbol[] = "facturo_facturx_module_version";
inline constexpr char EmbedSymbol[] = "facturo_facturx_embed";
using VersionFunction = int (*)();
// True with the PDF in *pdf, or false with a user-readable reason in *error.
using EmbedFunction = bool (*)(const QByteArray &pdfA1b, const QByteArray &ciiXml, const FacturXMetadata &metadata,
    const QString &afRelationship, QByteArray *pdf, QString *error);

// Loads the module (once) and embeds; an error names the module when it cannot be loaded.
Result<QByteArray> embed(
    const QByteArray &pdfA1b, const QByteArray &ciiXml, const FacturXMetadata &metadata, const QString &afRelationship);
// The folders searched for the module, in order.
QStringList searchPath();
} // namespace FacturXModule
