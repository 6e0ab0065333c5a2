// The document template kept in the company file's settings.

#include "DocumentRenderer.h"
#include "DocumentTemplateService.h"
#include "LedgerPdfFixture.h"
#include "TemplatePreviewSample.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

TEST_CASE("the template loads as the defaults in a new company file")
{
    LedgerPdfFixture f;
    const DocumentTemplate style = need(DocumentTemplateService(f.t->context(), f.t->audit()).load());
    const DocumentTemplate defaults;
    CHECK(style.logo.isEmpty());
    CHECK(style.accentColor == defaults.accentColor);
    CHECK(style.fontFamily == defaults.fontFamily);
    CHECK(style.paperSize == QPageSize::A4);
    CHECK(style.showNotes);
    CHECK(style.showQrCode);
    CHECK(style.showBankDetails);
}

TEST_CASE("the template is saved in the settings, read back whole and audited as a settings edit")
{
    LedgerPdfFixture f;
    DocumentTemplateService templates(f.t->context(), f.t->audit());
    DocumentTemplate style;
    style.logo = LedgerPdfFixture::png(240, 80, QColor(0xc0, 0x5a, 0x1e));
    style.accentColor = QColor(0x12, 0x6b, 0x3a);
    style.fontFamily = QStringLiteral("DejaVu Sans");
    style.footerText = QStringLiteral("Member of the Lyon heating engineers' guild");
    style.paperSize = QPageSize::Letter;
    style.showNotes = false;
    style.showQrCode = false;
    style.showSignOff = false;
    need(templates.save(style));

    f.t.reopen();
    const DocumentTemplate loaded = need(DocumentTemplateService(f.t->context(), f.t->audit()).load());
    CHECK(loaded.logo == style.logo);
    CHECK(loaded.accentColor == style.accentColor);
    CHECK(loaded.fontFamily == style.fontFamily);
    CHECK(loaded.footerText == style.footerText);
    CHECK(loaded.paperSize == QPageSize::Letter);
    CHECK_FALSE(loaded.showNotes);
    CHECK_FALSE(loaded.showQrCode);
    CHECK_FALSE(loaded.showSignOff);
    CHECK(loaded.showBankDetails);
    CHECK(need(f.t->context().company.load()).paperSize == QStringLiteral("Letter"));
    CHECK(need(f.t->context().company.setting(QStringLiteral("template.logo")))
        == QString::fromLatin1(style.logo.toBase64()));

    const auto events = need(f.t->audit().history(QStringLiteral("settings"), 1));
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == QStringLiteral("edit"));
    const QJsonObject details = QJsonDocument::fromJson(events.last().details.toUtf8()).object();
    CHECK(details.value(QStringLiteral("template")).toObject().value(QStringLiteral("accent_color")).toString()
        == QStringLiteral("#126b3a"));

    // The next PDF uses it: Letter paper, the footer, no QR code.
    const qint64 id = f.postedSimple();
    const QString path = f.write(f.pdfFor(id, PdfUse::Export));
    CHECK(PdfTestSupport::info(path).contains(QStringLiteral("612 x 792 pts (letter)")));
    CHECK(PdfTestSupport::text(path, false).contains(style.footerText));
    CHECK(f.pdf.decodeQr(path, 1).isEmpty());
}

TEST_CASE("a logo file is copied in; what is not a PNG or JPEG image is refused")
{
    LedgerPdfFixture f;
    const QByteArray png = LedgerPdfFixture::png(64, 64, Qt::red);
    QFile logo(f.pdf.path(QStringLiteral("logo.png")));
    REQUIRE(logo.open(QIODevice::WriteOnly));
    logo.write(png);
    logo.close();
    CHECK(need(DocumentTemplateService::readLogoFile(logo.fileName())) == png);
    QFile text(f.pdf.path(QStringLiteral("logo.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    CHECK_FALSE(DocumentTemplateService::readLogoFile(text.fileName()).ok());
    CHECK_FALSE(DocumentTemplateService::readLogoFile(f.pdf.path(QStringLiteral("missing.png"))).ok());

    DocumentTemplate bad;
    bad.logo = "GIF89a....";
    CHECK_FALSE(DocumentTemplateService(f.t->context(), f.t->audit()).save(bad).ok());
    bad = DocumentTemplate();
    bad.footerText = QString(DocumentTemplateService::MaxFooterLength + 1, QLatin1Char('x'));
    CHECK_FALSE(DocumentTemplateService(f.t->context(), f.t->audit()).save(bad).ok());
}

TEST_CASE("only a manager changes the template")
{
    LedgerPdfFixture f;
    User clerk;
    clerk.name = QStringLiteral("paul");
    clerk.role = UserRole::Clerk;
    need(f.t->settings().addUser(clerk));
    need(f.t->signIn(QStringLiteral("paul")));
    const Status refused = DocumentTemplateService(f.t->context(), f.t->audit()).save(DocumentTemplate());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind() == ErrorKind::Permission);
}

TEST_CASE("the template travels as JSON with the archive, logo included")
{
    DocumentTemplate style;
    style.logo = LedgerPdfFixture::png(32, 32, Qt::blue);
    style.accentColor = QColor(0x33, 0x44, 0x55);
    style.footerText = QStringLiteral("footer");
    style.paperSize = QPageSize::Letter;
    style.showBankDetails = false;
    const DocumentTemplate back = DocumentTemplateService::fromJson(DocumentTemplateService::toJson(style));
    CHECK(back.logo == style.logo);
    CHECK(back.accentColor == style.accentColor);
    CHECK(back.footerText == style.footerText);
    CHECK(back.paperSize == style.paperSize);
    CHECK_FALSE(back.showBankDetails);
    CHECK(back.showNotes);
}

TEST_CASE("the preview shows the latest invoice, or a sample, as a page image")
{
    LedgerPdfFixture f;
    const PrintedDocument sample = need(TemplatePreviewSample::forLedger(f.t->context()));
    CHECK(sample.seller.name == QStringLiteral("Climatec Services SAS"));
    CHECK(sample.lines.size() == 2);
    const qint64 id = f.postedSimple(QStringLiteral("77"));
    const PrintedDocument latest = need(TemplatePreviewSample::forLedger(f.t->context()));
    CHECK(latest.number == f.load(id).number);

    int pages = 0;
    const QImage a4 = need(DocumentRenderer::renderPageImage(latest, DocumentTemplate(), 0, 72, &pages));
    CHECK(pages == 1);
    CHECK(a4.width() == 595);
    CHECK(a4.height() == 842);
    DocumentTemplate green;
    green.accentColor = Qt::darkGreen;
    CHECK(need(DocumentRenderer::renderPageImage(latest, green, 0, 72)) != a4);
    CHECK_FALSE(DocumentRenderer::renderPageImage(latest, green, 1, 72).ok());
}
