#include "SchemaCheck.h"

#include <QProcess>

namespace {
QString dir()
{
    return QStringLiteral(FACTURO_EINVOICE_DIR);
}
} // namespace

QString SchemaCheck::ublInvoiceXsd()
{
    return dir() + QStringLiteral("/xsd/ubl/maindoc/UBL-Invoice-2.1.xsd");
}
QString SchemaCheck::ublCreditNoteXsd()
{
    return dir() + QStringLiteral("/xsd/ubl/maindoc/UBL-CreditNote-2.1.xsd");
}
QString SchemaCheck::ciiXsd()
{
    return dir() + QStringLiteral("/xsd/cii/CrossIndustryInvoice_100pD16B.xsd");
}

QString SchemaCheck::xsdFor(bool ubl, bool creditNote)
{
    return !ubl ? ciiXsd() : creditNote ? ublCreditNoteXsd() : ublInvoiceXsd();
}

QStringList SchemaCheck::failures(const QString &xsd, const QStringList &files)
{
    QStringList out;
    if (files.isEmpty())
        return out;
    QProcess xmllint;
    xmllint.setProcessChannelMode(QProcess::MergedChannels);
    xmllint.start(QStringLiteral("xmllint"),
        QStringList {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"), xsd} + files);
    if (!xmllint.waitForFinished(600'000)) {
        out << QStringLiteral("xmllint did not run: ") + xmllint.errorString();
        return out;
    }
    const QString output = QString::fromUtf8(xmllint.readAll());
    int valid = 0;
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1String(" validates")))
            ++valid;
        else if (!line.trimmed().isEmpty())
            out << line;
    }
    if (valid != files.size() && out.isEmpty())
        out << QStringLiteral("xmllint validated %1 of %2 files: %3").arg(valid).arg(files.size()).arg(output);
    return out;
}
