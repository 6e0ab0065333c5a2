#include "LedgerPdfFixture.h"

#include "SqlStatement.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

LedgerPdfFixture::LedgerPdfFixture()
{
    REQUIRE(pdf.isValid());
    Customer c;
    c.name = QStringLiteral("Harbour Café Ltd");
    c.billingAddress = QStringLiteral("7 Quay Street\nBristol BS1 4DJ\nUnited Kingdom");
    c.vatId = QStringLiteral("GB980780684");
    c.language = QStringLiteral("en");
    c.contacts.append(
        {0, QStringLiteral("Accounts"), QStringLiteral("accounts@harbour.example"), QString(), QString(), true});
    customerId = need(t->customers().add(c));
}

qint64 LedgerPdfFixture::richDraft()
{
    Document header;
    header.serviceDate = QDate(2026, 3, 6);
    header.customerReference = QStringLiteral("PO-4711");
    header.printedNotes = QStringLiteral("Thank you for your business.");
    header.internalNotes = QStringLiteral("Customer was difficult about parking");
    QList<DocumentLine> lines;
    DocumentLine labour = makeLine(QStringLiteral("Boiler service, labour"), QStringLiteral("2.5"),
        QStringLiteral("65"), QStringLiteral("20"), QStringLiteral("10"));
    labour.unit = QStringLiteral("h");
    labour.kind = LineKind::Labor;
    DocumentLine filter = makeLine(
        QStringLiteral("Replacement filter"), QStringLiteral("3"), QStringLiteral("12.3456"), QStringLiteral("10"));
    filter.taxCategory = TaxCategory::Reduced;
    filter.unit = QStringLiteral("pcs");
    filter.kind = LineKind::Part;
    DocumentLine training = makeLine(
        QStringLiteral("Safety training course"), QStringLiteral("1"), QStringLiteral("200"), QStringLiteral("0"));
    training.taxCategory = TaxCategory::Exempt;
    training.exemptionReason = QStringLiteral("Article 261-4-4° CGI (vocational training)");
    DocumentLine remote = makeLine(
        QStringLiteral("Remote diagnostics"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("0"));
    remote.taxCategory = TaxCategory::ReverseCharge;
    lines << labour << filter << training << remote;
    return need(t->drafts().createInvoice(customerId, header, lines));
}

qint64 LedgerPdfFixture::postedRich()
{
    const qint64 id = richDraft();
    need(t->posting().post(id));
    return id;
}

qint64 LedgerPdfFixture::postedSimple(const QString &price, qint64 customer)
{
    const qint64 id = t.draftWith({{QStringLiteral("Service call"), QStringLiteral("1"), price, QStringLiteral("20")}},
        customer > 0 ? customer : customerId);
    need(t->posting().post(id));
    return id;
}

Document LedgerPdfFixture::load(qint64 id)
{
    return need(t->context().documents.find(id));
}

ArchivedPdf LedgerPdfFixture::pdfFor(qint64 id, PdfUse use)
{
    return need(DocumentPdfService(t.ledger()).pdfFor(id, use));
}

QString LedgerPdfFixture::write(const ArchivedPdf &file, const QString &name)
{
    static int counter = 0;
    return pdf.write(name.isEmpty() ? QStringLiteral("doc-%1.pdf").arg(++counter) : name, file.pdf);
}

QString LedgerPdfFixture::text(const ArchivedPdf &file, bool layout)
{
    return PdfTestSupport::flat(PdfTestSupport::text(write(file), layout));
}

QStringList LedgerPdfFixture::actions(qint64 id, const QString &entity)
{
    QStringList list;
    for (const AuditEvent &e : need(t->audit().history(entity, id)))
        list << e.action;
    return list;
}

qint64 LedgerPdfFixture::archiveRows()
{
    SqlStatement q(t->database(), "SELECT count(*) FROM document_archive");
    need(q.exec(QStringLiteral("count")));
    REQUIRE(q.next());
    return q.integer(0);
}

QByteArray LedgerPdfFixture::png(int width, int height, const QColor &color)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRect(4, 4, width - 8, height - 8));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
