// No text block overlaps another, at any length, in any language: documents with short and
// very long values (names, addresses, a 200-character reference, unbroken words, long legal
// mentions and notes) are rendered to PDF, `pdftotext -bbox-layout` gives every word's box,
// and the boxes are checked against each other, against their columns and against the page.
// With FACTURO_PDF_KEEP_DIR set the PDFs are kept (pdftoppm -r 80 them to look).

#include "DocumentLabels.h"
#include "DocumentRenderer.h"
#include "PdfBoxes.h"
#include "PdfTestSupport.h"
#include "SampleDocuments.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {
const qreal pointsPerMm = 72.0 / 25.4;

QString pick(const QString &language, const char *en, const char *fr, const char *de)
{
    return QString::fromUtf8(language == QLatin1String("fr") ? fr : language == QLatin1String("de") ? de : en);
}

// A service order's description, as it used to land in the reference: 200 characters.
QString longReference(const QString &language)
{
    const QString text = pick(language,
        "Replacement of the main distribution board in the basement, rewiring of the boiler room, new earthing "
        "for the whole building, emergency lighting on every floor and the certificate for the insurer",
        "Remplacement du tableau général basse tension au sous-sol, recâblage complet de la chaufferie, mise à la "
        "terre de tout le bâtiment, éclairage de sécurité à chaque étage et attestation Consuel pour l’assureur",
        "Austausch der Hauptverteilung im Keller, Neuverdrahtung des Heizungsraums, Erdung des gesamten Gebäudes, "
        "Notbeleuchtung auf jeder Etage und Prüfprotokoll nach DGUV V3 für den Versicherer des Kunden");
    return text.left(200);
}

PrintedDocument longValues(const QString &language)
{
    PrintedDocument doc = SampleDocuments::invoice(language);
    doc.customer.name = pick(language,
        "The Royal Borough Heating, Ventilation and Air Conditioning Maintenance Cooperative of Greater "
        "Kingston-upon-Thames and District Limited",
        "Société Coopérative d’Intérêt Collectif des Installateurs Électriciens et Chauffagistes Réunis du Grand "
        "Lyon Métropole et Environs",
        "Genossenschaft der Elektroinstallateure und Heizungsbauer des Landkreises Oberspreewald-Lausitz und der "
        "angrenzenden Gemeinden eG");
    doc.customer.address = {
        pick(language,
            "Building C, staircase 4, third floor, door on the left, Great Western Industrial Estate North, 1234 "
            "Long Acre Road",
            "Bâtiment C, escalier 4, 3e étage, porte gauche, zone artisanale des Grandes Terres Nord, 1234 avenue du "
            "Général-de-Gaulle",
            "Gebäude C, Treppenhaus 4, drittes Obergeschoss, Tür links, Gewerbegebiet Nord, "
            "Donaudampfschifffahrtsgesellschaftskapitänsstraße 1234"),
        pick(language, "Kingston-upon-Thames KT1 1AA", "69002 Lyon", "03238 Finsterwalde"),
        QStringLiteral("Rechnungsprüfungsabteilungsleitungsstellvertretungsbürokommunikationsschnittstelle"),
    };
    doc.customerReference = longReference(language);
    doc.lines[0].description = pick(language, "Inspection ", "Inspection ", "Prüfung ")
        + QStringLiteral("ELEC-INSPECTION-REPORT-2024-03-08-BUILDING-C-STAIRCASE-4-THIRD-FLOOR-DOOR-LEFT-0000000001");
    doc.lines[1].description = pick(language,
        "LED panel 60×60 cm, 4000 K, 36 W, flicker-free driver, opal diffuser, white aluminium frame, five-year "
        "warranty, fitted and tested in the meeting room and the two offices on the first floor",
        "Panneau LED 60×60 cm, 4000 K, 36 W, driver sans scintillement, diffuseur opale, cadre aluminium blanc, "
        "garantie cinq ans, posé et testé dans la salle de réunion et les deux bureaux du premier étage",
        "LED-Panel 60×60 cm, 4000 K, 36 W, flimmerfreies Vorschaltgerät, opaler Diffusor, weißer Aluminiumrahmen, "
        "fünf Jahre Garantie, montiert und geprüft im Besprechungsraum und den zwei Büros im ersten Stock");
    doc.lines[4].exemptionReason = pick(language,
        "Article 261-4-4° of the French tax code: vocational training provided by an organisation holding a "
        "training declaration number, exempt from VAT",
        "Article 261-4-4° du Code général des impôts : formation professionnelle continue dispensée par un "
        "organisme titulaire d’un numéro de déclaration d’activité, exonérée de TVA",
        "§ 4 Nr. 21 UStG: Leistungen privater Schulen und anderer allgemeinbildender oder berufsbildender "
        "Einrichtungen, steuerfrei nach Bescheinigung der zuständigen Landesbehörde");
    SampleDocuments::total(doc);
    doc.amountPaid = 20000;
    doc.notes = pick(language, "Thank you for your business. ", "Merci de votre confiance. ",
                    "Vielen Dank für Ihren Auftrag. ")
        + QStringLiteral("https://portal.example/invoices/INV-2024-00042/attachments/inspection-report-building-c-"
                         "staircase-4-third-floor-door-left-2024-03-08.pdf");
    return doc;
}

QString squeezed(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.remove(spaces).remove(QChar(u'-'));
}

QString pageText(const PdfBoxes::Page &page)
{
    QString text;
    for (const PdfBoxes::Word &word : page.words())
        text += word.text;
    return text.remove(QChar(u'-'));
}

QString describe(const PdfBoxes::Word &word)
{
    return QStringLiteral("\"%1\" at (%2, %3)-(%4, %5)")
        .arg(word.text)
        .arg(word.box.left(), 0, 'f', 1)
        .arg(word.box.top(), 0, 'f', 1)
        .arg(word.box.right(), 0, 'f', 1)
        .arg(word.box.bottom(), 0, 'f', 1);
}

// The layout rules every page obeys, whatever the values.
void checkLayout(const QString &file, const PdfBoxes &boxes, const QString &language)
{
    REQUIRE(boxes.error.isEmpty());
    REQUIRE_FALSE(boxes.pages.isEmpty());
    const DocumentLabels labels(language);
    for (int p = 0; p < boxes.pages.size(); ++p) {
        INFO("page " << p + 1);
        const PdfBoxes::Page &page = boxes.pages.at(p);
        const QList<PdfBoxes::Word> words = page.words();
        // Nothing is cut by its box: each word's ends are on the paper (clipped text stays in the
        // PDF's text, so the rendered page is read too).
        const int dpi = 150;
        const QImage image = PdfBoxes::pageImage(file, p, dpi);
        REQUIRE_FALSE(image.isNull());
        static const QRegularExpression letterOrDigit(QStringLiteral("[\\p{L}\\p{N}]"));
        for (const PdfBoxes::Word &word : words) {
            if (word.text.contains(letterOrDigit) && !PdfBoxes::inked(image, dpi, word))
                FAIL_CHECK("cut off by its box: " << describe(word).toStdString());
        }
        // Inside the page margins (18 mm left and right, the footer above the bottom edge).
        const qreal left = 18 * pointsPerMm - 1;
        const qreal right = page.size.width() - 18 * pointsPerMm + 1;
        for (const PdfBoxes::Word &word : words) {
            INFO(describe(word).toStdString());
            CHECK(word.box.left() >= left);
            CHECK(word.box.right() <= right);
            CHECK(word.box.top() >= 0);
            CHECK(word.box.bottom() <= page.size.height() - 10 * pointsPerMm);
        }
        // No word is printed over another.
        for (int i = 0; i < words.size(); ++i)
            for (int j = i + 1; j < words.size(); ++j) {
                if (!PdfBoxes::overlap(words.at(i).box, words.at(j).box))
                    continue;
                FAIL_CHECK("overprinted: " << describe(words.at(i)).toStdString() << " and "
                                           << describe(words.at(j)).toStdString());
            }
        // No line of text is printed over another.
        const QList<PdfBoxes::Line> lines = page.lines();
        for (int i = 0; i < lines.size(); ++i)
            for (int j = i + 1; j < lines.size(); ++j) {
                if (!PdfBoxes::overlap(lines.at(i).box, lines.at(j).box))
                    continue;
                FAIL_CHECK("lines overlap: \"" << lines.at(i).text().toStdString() << "\" and \""
                                               << lines.at(j).text().toStdString() << "\"");
            }
        // The lines table: amounts stay inside the amount column, under its header, down to the
        // VAT breakdown that follows the table.
        const QString amountHeader = labels.text(DocumentLabels::Amount).split(QLatin1Char(' ')).constLast();
        const QString breakdownHeader = labels.text(DocumentLabels::TaxBreakdown).split(QLatin1Char(' ')).constFirst();
        qreal tableEnd = page.size.height() - 25 * pointsPerMm; // the footer is not the table's

        for (const PdfBoxes::Line &line : lines)
            if (!line.words.isEmpty() && line.words.constFirst().text == breakdownHeader)
                tableEnd = qMin(tableEnd, line.box.top());
        for (const PdfBoxes::Line &line : lines) {
            if (line.words.isEmpty() || line.words.constLast().text != amountHeader)
                continue;
            const QRectF header = line.words.constLast().box;
            for (const PdfBoxes::Word &word : words) {
                if (word.box.top() < header.bottom() || word.box.bottom() > tableEnd
                    || word.box.left() < header.left() - 2)
                    continue;
                INFO(describe(word).toStdString());
                CHECK(word.box.right() <= header.right() + 1);
            }
        }
    }
}

struct Rendered
{
    QString file;
    PdfBoxes boxes;
};

Rendered render(PdfTestSupport &pdf, const PrintedDocument &doc, const QString &name)
{
    const auto bytes = DocumentRenderer::renderToPdf(doc, DocumentTemplate());
    REQUIRE(bytes.ok());
    const QString file = pdf.write(name, bytes.value());
    return {file, PdfBoxes::read(file)};
}
} // namespace

TEST_CASE("no text overlaps another and nothing leaves its column or the page, short or long, en fr de", "[layout]")
{
    PdfTestSupport pdf;
    for (const char *code : {"en", "fr", "de"}) {
        const QString language = QString::fromLatin1(code);
        INFO(code);
        SECTION(std::string("short values ") + code)
        {
            const Rendered out
                = render(pdf, SampleDocuments::invoice(language), QStringLiteral("short-%1.pdf").arg(language));
            checkLayout(out.file, out.boxes, language);
        }
        SECTION(std::string("long values ") + code)
        {
            const PrintedDocument doc = longValues(language);
            const Rendered out = render(pdf, doc, QStringLiteral("long-%1.pdf").arg(language));
            const PdfBoxes &boxes = out.boxes;
            checkLayout(out.file, boxes, language);
            // Names, addresses, descriptions, mentions and notes wrap: nothing of them is lost.
            const QString text = pageText(boxes.pages.first());
            CHECK(text.contains(squeezed(doc.customer.name)));
            for (const QString &line : doc.customer.address)
                CHECK(text.contains(squeezed(line)));
            CHECK(text.contains(squeezed(doc.lines.at(0).description)));
            CHECK(text.contains(squeezed(doc.lines.at(1).description)));
            QString all;
            for (const PdfBoxes::Page &page : boxes.pages)
                all += pageText(page);
            CHECK(all.contains(squeezed(doc.lines.at(4).exemptionReason)));
            CHECK(all.contains(squeezed(doc.notes)));
            // The reference is kept to three lines and ends with an ellipsis.
            const QString start = squeezed(doc.customerReference.left(40));
            CHECK(text.contains(start));
            CHECK_FALSE(text.contains(squeezed(doc.customerReference)));
            CHECK(text.contains(QChar(0x2026)));
        }
    }
}

TEST_CASE("a long unbroken reference and a long tax category stay inside their boxes", "[layout]")
{
    PdfTestSupport pdf;
    for (const char *code : {"en", "fr", "de"}) {
        const QString language = QString::fromLatin1(code);
        INFO(code);
        PrintedDocument doc = SampleDocuments::invoice(language);
        doc.customerReference = QStringLiteral("JOB-") + QString(120, QLatin1Char('7'));
        const Rendered out = render(pdf, doc, QStringLiteral("unbroken-%1.pdf").arg(language));
        checkLayout(out.file, out.boxes, language);
    }
}

TEST_CASE("credit notes, reminders and service reports keep their long values inside their boxes", "[layout]")
{
    PdfTestSupport pdf;
    for (const char *code : {"en", "fr", "de"}) {
        const QString language = QString::fromLatin1(code);
        INFO(code);
        const PrintedDocument invoice = longValues(language);

        PrintedDocument credit = invoice;
        credit.kind = PrintedDocument::Kind::CreditNote;
        credit.number = QStringLiteral("CN-2024-00007");
        credit.creditedInvoiceNumber = invoice.number;
        credit.creditedInvoiceDate = invoice.issueDate;
        credit.introduction = invoice.customerReference;
        credit.dueDate = {};
        credit.paymentTerms.clear();
        credit.amountPaid = 0;
        const Rendered creditOut = render(pdf, credit, QStringLiteral("credit-%1.pdf").arg(language));
        checkLayout(creditOut.file, creditOut.boxes, language);

        PrintedDocument reminder;
        reminder.kind = PrintedDocument::Kind::PaymentReminder;
        reminder.language = language;
        reminder.issueDate = QDate(2024, 5, 20);
        reminder.seller = invoice.seller;
        reminder.customer = invoice.customer;
        reminder.bank = invoice.bank;
        reminder.reminderLevel = 2;
        reminder.overdueInvoices
            = {{QStringLiteral("INV-2024-00042"), QDate(2024, 3, 12), QDate(2024, 4, 11), 39, 127860},
                {QStringLiteral("INV-2024-00043-") + QString(40, QLatin1Char('9')), QDate(2024, 3, 20),
                    QDate(2024, 4, 19), 31, 99999999}};
        reminder.lateFeeText = invoice.lines.at(1).description;
        const Rendered reminderOut = render(pdf, reminder, QStringLiteral("reminder-%1.pdf").arg(language));
        checkLayout(reminderOut.file, reminderOut.boxes, language);

        PrintedDocument report;
        report.kind = PrintedDocument::Kind::ServiceOrderReport;
        report.language = language;
        report.number = QStringLiteral("J-2077");
        report.issueDate = QDate(2024, 3, 8);
        report.seller = invoice.seller;
        report.customer = invoice.customer;
        report.siteAddress = invoice.customer.address;
        report.orderDescription = invoice.customerReference;
        report.interventionReport = invoice.lines.at(1).description + QLatin1Char('\n') + invoice.notes;
        report.timeEntries
            = {{QDate(2024, 3, 8), QStringLiteral("Jean-Baptiste Maximilien de La Tour-Dupont-Schwarzenberg"),
                Quantity::fromScaled(3500), UnitPrice::fromInteger(65), 22750}};
        report.parts = {{invoice.lines.at(0).description, Quantity::fromInteger(4), QStringLiteral("pcs"),
            UnitPrice::fromScaled(899000), 35960}};
        report.signOff.name = invoice.customer.name;
        report.signOff.signedAt = QDateTime(QDate(2024, 3, 8), QTime(17, 30));
        const Rendered reportOut = render(pdf, report, QStringLiteral("report-%1.pdf").arg(language));
        checkLayout(reportOut.file, reportOut.boxes, language);
    }
}
