// libfacturo-facturx.so: the part of FacturXPdf::make that needs libqpdf, loaded on first use
// (FacturXModule.h). Its inputs were checked by FacturXPdf::make.
#include "FacturXModule.h"
#include "FacturXXmp.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <string>

using QOH = QPDFObjectHandle;

namespace {
std::string std8(const QString &text)
{
    return text.toStdString();
}

QOH name(const char *pdfName)
{
    return QOH::newName(pdfName);
}

QOH text(const QString &value)
{
    return QOH::newUnicodeString(std8(value));
}

// The embedded file stream: the XML bytes as they are (qpdf compresses them with Flate), its
// MIME type and the parameters PDF/A-3 asks for.
QOH embeddedFile(QPDF &pdf, const QByteArray &xml, const QString &date)
{
    QOH stream = QOH::newStream(&pdf, xml.toStdString());
    QOH dict = stream.getDict();
    dict.replaceKey("/Type", name("/EmbeddedFile"));
    dict.replaceKey("/Subtype", name("/text/xml")); // written /text#2fxml (the slash escaped)
    QOH params = QOH::newDictionary();
    params.replaceKey("/ModDate", QOH::newString(std8(date)));
    params.replaceKey("/Size", QOH::newInteger(xml.size()));
    params.replaceKey(
        "/CheckSum", QOH::newString(QCryptographicHash::hash(xml, QCryptographicHash::Md5).toStdString()));
    dict.replaceKey("/Params", params);
    return stream;
}

Result<QByteArray> build(QPDF &pdf, const QByteArray &xml, const FacturXMetadata &meta, const QString &relationship)
{
    if (pdf.isEncrypted())
        return Error::invalid(FacturXPdf::tr("the PDF is encrypted; PDF/A forbids encryption"));
    QOH root = pdf.getRoot();
    if (!root.getKey("/Pages").isDictionary() || pdf.getAllPages().empty())
        return Error::invalid(FacturXPdf::tr("the PDF has no pages"));
    QOH intents = root.getKey("/OutputIntents");
    if (!intents.isArray() || intents.getArrayNItems() == 0)
        return Error::invalid(
            FacturXPdf::tr("the PDF has no output intent: it must be rendered as PDF/A before Factur-X is added"));
    QPDFEmbeddedFileDocumentHelper attachments(pdf);
    if (attachments.getEmbeddedFile(std8(FacturXPdf::attachmentName())))
        return Error::invalid(FacturXPdf::tr("the PDF already has an embedded %1").arg(FacturXPdf::attachmentName()));

    const QDateTime created
        = meta.created.isValid() ? meta.created : QDateTime(meta.issueDate, QTime(0, 0), QTimeZone::utc());
    const QString pdfDate = FacturXXmp::pdfDate(created);
    const QString title = meta.title.isEmpty() ? meta.documentNumber : meta.title;
    const QString description = meta.documentNumber.isEmpty()
        ? QString()
        : QStringLiteral("Factur-X invoice %1").arg(meta.documentNumber); // metadata: not translated

    // The file specification, in the name tree and in the catalog's associated files.
    QOH spec = pdf.makeIndirectObject(QOH::newDictionary());
    spec.replaceKey("/Type", name("/Filespec"));
    spec.replaceKey("/F", text(FacturXPdf::attachmentName()));
    spec.replaceKey("/UF", text(FacturXPdf::attachmentName()));
    if (!description.isEmpty())
        spec.replaceKey("/Desc", text(description));
    spec.replaceKey("/AFRelationship", QOH::newName(std8(QLatin1Char('/') + relationship)));
    QOH file = embeddedFile(pdf, xml, pdfDate);
    QOH ef = QOH::newDictionary();
    ef.replaceKey("/F", file);
    ef.replaceKey("/UF", file);
    spec.replaceKey("/EF", ef);
    attachments.replaceEmbeddedFile(std8(FacturXPdf::attachmentName()), QPDFFileSpecObjectHelper(spec));
    QOH af = root.getKey("/AF");
    if (!af.isArray()) {
        af = QOH::newArray();
        root.replaceKey("/AF", af);
    }
    af.appendItem(spec);

    // The Info dictionary and the XMP say the same (PDF/A): rewritten whole, from the inputs.
    QOH oldInfo = pdf.getTrailer().getKey("/Info");
    QOH oldProducer = oldInfo.isDictionary() ? oldInfo.getKey("/Producer") : QOH::newNull();
    FacturXXmp xmp;
    xmp.title = title;
    xmp.description = description;
    xmp.creatorTool = meta.creator;
    xmp.producer = oldProducer.isString() ? QString::fromStdString(oldProducer.getUTF8Value()) : meta.creator;
    xmp.created = created;
    xmp.documentFileName = FacturXPdf::attachmentName();
    xmp.conformanceLevel = meta.conformanceLevel;

    QOH info = pdf.makeIndirectObject(QOH::newDictionary());
    info.replaceKey("/Title", text(xmp.title));
    if (!description.isEmpty())
        info.replaceKey("/Subject", text(description));
    info.replaceKey("/Creator", text(xmp.creatorTool));
    info.replaceKey("/Producer", text(xmp.producer));
    info.replaceKey("/CreationDate", QOH::newString(std8(pdfDate)));
    info.replaceKey("/ModDate", QOH::newString(std8(pdfDate)));
    pdf.getTrailer().replaceKey("/Info", info);

    QOH metadata = QOH::newStream(&pdf, xmp.packet().toStdString());
    metadata.getDict().replaceKey("/Type", name("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", name("/XML"));
    root.replaceKey("/Metadata", pdf.makeIndirectObject(metadata));

    // QPdfWriter's /ID holds a random UUID: dropped, so that the deterministic /ID below (a
    // digest of the output) is the whole /ID and the same inputs give the same bytes.
    pdf.getTrailer().removeKey("/ID");

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setNewlineBeforeEndstream(true); // PDF/A: an end-of-line before every endstream
    writer.setMinimumPDFVersion("1.7"); // PDF/A-3 is based on PDF 1.7 (ISO 32000-1)
    writer.setDecodeLevel(qpdf_dl_none); // QPdfWriter's streams are copied as they are
    writer.setCompressStreams(true); // the XML is compressed; XMP never is (qpdf's rule)
    writer.write();
    if (pdf.anyWarnings()) {
        const std::vector<QPDFExc> warnings = pdf.getWarnings();
        return Error::invalid(
            FacturXPdf::tr("the PDF is damaged: %1").arg(QString::fromStdString(warnings.front().getMessageDetail())));
    }
    const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}
} // namespace

extern "C" Q_DECL_EXPORT int facturo_facturx_module_version()
{
    return FacturXModule::Version;
}

extern "C" Q_DECL_EXPORT bool facturo_facturx_embed(const QByteArray &pdfA1b, const QByteArray &ciiXml,
    const FacturXMetadata &metadata, const QString &relationship, QByteArray *out, QString *error)
{
    const Result<QByteArray> made = [&]() -> Result<QByteArray> {
        // qpdf reports errors by exceptions: none leaves this function.
        try {
            QPDF pdf;
            pdf.setSuppressWarnings(true);
            pdf.setAttemptRecovery(false); // a damaged file is refused, not silently repaired
            pdf.processMemoryFile("invoice.pdf", pdfA1b.constData(), size_t(pdfA1b.size()));
            return build(pdf, ciiXml, metadata, relationship);
        } catch (const QPDFExc &e) {
            return Error::invalid(
                FacturXPdf::tr("the PDF is damaged: %1").arg(QString::fromStdString(e.getMessageDetail())));
        } catch (const std::exception &e) {
            return Error::invalid(
                FacturXPdf::tr("the PDF could not be read: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            return Error::invalid(FacturXPdf::tr("the PDF could not be read"));
        }
    }();
    if (!made) {
        *error = made.message();
        return false;
    }
    *out = made.value();
    return true;
}
