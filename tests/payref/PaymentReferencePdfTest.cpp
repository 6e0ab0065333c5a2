// The reference and the payment link on the printed invoice: the EPC QR code carries the
// structured reference (its unstructured line left empty), the link prints as text and as its
// own labelled QR code beside the EPC one, and nothing overlaps (pdftotext -bbox-layout for the
// text, the page rendered by pdftoppm for the codes, zbarimg for what they say).
#include "EpcQrPayload.h"
#include "LedgerPdfFixture.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "PdfBoxes.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
const int Dpi = 144;

// Every QR code zbarimg finds on the page (300 dpi), as text.
QStringList decodeAll(PdfTestSupport &pdf, const QString &file)
{
    const QString prefix = pdf.path(QStringLiteral("codes"));
    PdfTestSupport::run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
            QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file, prefix});
    const QString xml = QString::fromUtf8(PdfTestSupport::run(
        QStringLiteral("zbarimg"), {QStringLiteral("--xml"), QStringLiteral("-q"), prefix + QStringLiteral(".png")}));
    static const QRegularExpression data(
        QStringLiteral("<data><!\\[CDATA\\[(.*?)\\]\\]></data>"), QRegularExpression::DotMatchesEverythingOption);
    QStringList found;
    for (auto it = data.globalMatch(xml); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

// The boxes (in points) of the dark graphics below `top` once the text is taken away: the QR
// codes. Dark pixels within 3 points of each other belong to the same box.
QList<QRectF> codeBoxes(const QImage &page, const QList<PdfBoxes::Word> &words, qreal top)
{
    const qreal scale = Dpi / 72.0;
    QImage mask(page.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    for (int y = int(top * scale); y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            if (qGray(page.pixel(x, y)) < 100)
                mask.setPixel(x, y, qRgb(255, 255, 255));
    for (const PdfBoxes::Word &w : words) {
        const QRect r
            = QRectF(w.box.topLeft() * scale, w.box.bottomRight() * scale).toAlignedRect().adjusted(-1, -1, 1, 1);
        for (int y = std::max(0, r.top()); y <= std::min(mask.height() - 1, r.bottom()); ++y)
            for (int x = std::max(0, r.left()); x <= std::min(mask.width() - 1, r.right()); ++x)
                mask.setPixel(x, y, 0);
    }
    QList<QRect> boxes;
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            if (qGray(mask.pixel(x, y)) > 0)
                boxes.append(QRect(x, y, 1, 1));
    const int reach = int(3 * scale);
    bool merged = true;
    while (merged) { // merge boxes closer than `reach`, until none are
        merged = false;
        QList<QRect> out;
        for (const QRect &b : std::as_const(boxes)) {
            bool joined = false;
            for (QRect &o : out) {
                if (o.adjusted(-reach, -reach, reach, reach).intersects(b)) {
                    o = o.united(b);
                    joined = merged = true;
                    break;
                }
            }
            if (!joined)
                out.append(b);
        }
        boxes = out;
    }
    QList<QRectF> codes;
    for (const QRect &b : std::as_const(boxes))
        if (b.width() > 20 * scale && b.height() > 20 * scale)
            codes.append(QRectF(b.left() / scale, b.top() / scale, b.width() / scale, b.height() / scale));
    std::sort(codes.begin(), codes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    return codes;
}

QString joined(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("\\s")));
    return out;
}

void setCompany(LedgerPdfFixture &f, const std::function<void(CompanySettings &)> &change)
{
    CompanySettings c = need(f.t->context().company.load());
    change(c);
    need(f.t->settings().saveCompany(c));
}
} // namespace

TEST_CASE("the EPC QR code carries the structured reference, and the PDF prints it", "[payref]")
{
    for (const QString &kind : {QStringLiteral("rf"), QStringLiteral("be")}) {
        INFO(kind.toStdString());
        LedgerPdfFixture f;
        setCompany(f, [&](CompanySettings &c) { c.paymentReferenceKind = kind; });
        const qint64 id = f.postedSimple(QStringLiteral("100"));
        const Document d = f.load(id);
        const auto reference = PaymentReference::parse(d.paymentReference);
        REQUIRE(reference.has_value());
        const QString file = f.write(f.pdfFor(id, PdfUse::Export));
        const QString text = PdfTestSupport::flat(PdfTestSupport::text(file, true));
        CHECK(text.contains(reference->printed()));
        CHECK(PdfTestSupport::flat(PdfTestSupport::rawText(file))
                  .contains((kind == QLatin1String("rf") ? QStringLiteral("Payment reference ")
                                                         : QStringLiteral("Structured communication "))
                      + reference->printed()));
        CHECK(text.contains(QStringLiteral("quoting %1.").arg(reference->printed())));
        const QStringList codes = decodeAll(f.pdf, file);
        REQUIRE(codes.size() == 1);
        const QStringList lines = codes.first().split(QLatin1Char('\n'));
        REQUIRE(lines.size() == 10); // nothing after the structured reference: no unstructured text
        CHECK(lines.at(0) == QStringLiteral("BCD"));
        CHECK(lines.at(7) == QStringLiteral("EUR120.00"));
        CHECK(lines.at(8).isEmpty()); // purpose
        CHECK(lines.at(9) == d.paymentReference);
    }
}

TEST_CASE("the payment link prints as text and as its own QR code beside the EPC one, nothing overlapping", "[payref]")
{
    LedgerPdfFixture f;
    const qint64 before = f.postedSimple(QStringLiteral("80"));
    // A number of 21 letters and digits (the longest creditor reference) and a long link with
    // every placeholder and characters to encode.
    setCompany(f, [](CompanySettings &c) {
        c.invoicePattern = QStringLiteral("INVOIC-{YYYY}{MM}-{SEQ:9}");
        c.paymentLinkTemplate = QStringLiteral(
            "https://payments.example-payment-provider.com/checkout/merchant/climatec-services-lyon/invoice/{number}"
            "?amount={due}&currency={currency}&reference={reference}&customer={customer}&return=https%3A%2F%2F"
            "climatec.example%2Fthanks&locale=en_GB&utm_source=invoice&utm_medium=pdf&utm_campaign=payment-links");
    });
    const qint64 id = f.postedSimple(QStringLiteral("1234.56"));
    const Document d = f.load(id);
    REQUIRE(d.paymentReference.size() == 25);
    const QString link = PaymentLink::frozenIn(d.snapshot);
    REQUIRE(link.contains(QStringLiteral("customer=Harbour%20Caf%C3%A9%20Ltd")));
    REQUIRE(link.size() > 300);

    const QString file = f.write(f.pdfFor(id, PdfUse::Export), QStringLiteral("payment-link.pdf"));
    CHECK(PdfTestSupport::pageCount(file) == 1);
    const QString raw = PdfTestSupport::rawText(file);
    CHECK(joined(raw).contains(link)); // wrapped on several lines, whole
    CHECK(raw.contains(QStringLiteral("Pay online")));
    CHECK(raw.count(QStringLiteral("Pay online")) == 2); // the row's label and the code's caption
    CHECK(joined(raw).contains(joined(PaymentReference::parse(d.paymentReference)->printed())));

    const QStringList codes = decodeAll(f.pdf, file);
    REQUIRE(codes.size() == 2);
    CHECK(codes.contains(link));
    CHECK(codes.filter(QStringLiteral("BCD\n")).value(0).endsWith(QLatin1Char('\n') + d.paymentReference));

    // The codes do not touch each other or any word; each caption sits under its own code.
    const PdfBoxes boxes = PdfBoxes::read(file);
    REQUIRE(boxes.error.isEmpty());
    const QList<PdfBoxes::Word> words = boxes.pages.first().words();
    qreal headingTop = -1;
    for (const PdfBoxes::Line &line : boxes.pages.first().lines())
        if (line.text() == QStringLiteral("Bank details"))
            headingTop = line.box.top();
    REQUIRE(headingTop > 0);
    const QList<QRectF> qr = codeBoxes(PdfBoxes::pageImage(file, 0, Dpi), words, headingTop - 4);
    REQUIRE(qr.size() == 2);
    const qreal side = 30 * 72 / 25.4; // the square, its quiet zone included
    for (const QRectF &code : qr) {
        CHECK(code.width() <= side + 1);
        CHECK(code.width() >= side * 0.75);
        CHECK(code.height() == Approx(code.width()).margin(2));
        for (const PdfBoxes::Word &w : words) {
            INFO(w.text.toStdString());
            CHECK_FALSE(code.intersects(w.box));
        }
    }
    CHECK_FALSE(qr.at(0).intersects(qr.at(1)));
    int captions = 0;
    for (const PdfBoxes::Line &line : boxes.pages.first().lines()) {
        if ((line.text() != QStringLiteral("Scan to pay") && line.text() != QStringLiteral("Pay online"))
            || line.box.right() < qr.at(0).left() - 20)
            continue; // the row's label "Pay online" is in the label column
        const QRectF &own = line.text() == QStringLiteral("Pay online") ? qr.at(0) : qr.at(1);
        INFO(line.text().toStdString());
        CHECK(line.box.top() >= own.bottom() - 1);
        CHECK(line.box.center().x() == Approx(own.center().x()).margin(3));
        ++captions;
    }
    CHECK(captions == 2);
    // The grouped IBAN on one line beside the two codes.
    bool ibanWhole = false;
    for (const PdfBoxes::Line &line : boxes.pages.first().lines())
        ibanWhole = ibanWhole || line.text().contains(QStringLiteral("FR76 3000 6000 0112 3456 7890 189"));
    CHECK(ibanWhole);
    for (int i = 0; i < words.size(); ++i)
        for (int j = i + 1; j < words.size(); ++j) {
            INFO(words.at(i).text.toStdString() << " / " << words.at(j).text.toStdString());
            CHECK_FALSE(PdfBoxes::overlap(words.at(i).box, words.at(j).box));
        }

    // Posted before the setting: no link, one code.
    const QString earlier = f.write(f.pdfFor(before, PdfUse::Export), QStringLiteral("before.pdf"));
    CHECK_FALSE(PdfTestSupport::rawText(earlier).contains(QStringLiteral("Pay online")));
    CHECK(decodeAll(f.pdf, earlier).size() == 1);
}

TEST_CASE("an EPC payload carries a structured reference or a remittance text, never both", "[payref]")
{
    EpcQrPayload payload(
        QStringLiteral("ACME"), QStringLiteral("DE89370400440532013000"), QString(), 100, QStringLiteral("INV-1"));
    payload.setStructuredReference(QStringLiteral("RF18539007547034"));
    CHECK(payload.remittanceText().isEmpty());
    CHECK(need(payload.payload())
        == QByteArray("BCD\n002\n1\nSCT\n\nACME\nDE89370400440532013000\nEUR1.00\n\nRF18539007547034"));
    payload.setStructuredReference(QStringLiteral("RF18 5390")); // a printed form is not the electronic one
    CHECK(payload.validate().message().contains(QStringLiteral("other characters")));
    payload.setStructuredReference(QString(36, QLatin1Char('1')));
    CHECK(payload.validate().message().contains(QStringLiteral("35")));
}
