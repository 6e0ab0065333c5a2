// The GUI pieces of printing: template settings with live preview, bulk export dialog, print
// to a PDF file. No modal dialog is opened: the tests drive the widgets' non-modal parts.

#include "CompanySession.h"
#include "DocumentTemplateService.h"
#include "DraftEditorWidget.h"
#include "LedgerPdfFixture.h"
#include "print/BulkExportDialog.h"
#include "print/PrintActions.h"
#include "print/TemplateSettingsWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

TEST_CASE("the template settings preview re-renders on every change and saves the template")
{
    LedgerPdfFixture f;
    f.postedSimple();
    TemplateSettingsWidget widget(f.t.ledger());
    widget.show();
    REQUIRE(widget.renderCount() >= 1);
    auto *preview = widget.findChild<QLabel *>(QStringLiteral("templatePreview"));
    REQUIRE(preview);
    CHECK_FALSE(preview->pixmap().isNull());

    QSignalSpy rendered(&widget, &TemplateSettingsWidget::previewRendered);
    const int initial = widget.renderCount();
    int count = initial;
    QImage before = widget.previewImage();

    auto *footer = widget.findChild<QPlainTextEdit *>(QStringLiteral("templateFooterEdit"));
    REQUIRE(footer);
    footer->setFocus();
    QTest::keyClicks(footer, QStringLiteral("Hi"));
    CHECK(widget.renderCount() == count + 2); // one re-render per keystroke
    CHECK(widget.previewImage() != before);
    count = widget.renderCount();
    before = widget.previewImage();

    auto *bank = widget.findChild<QCheckBox *>(QStringLiteral("templateShowBankDetails"));
    REQUIRE(bank);
    QTest::mouseClick(bank, Qt::LeftButton, {}, QPoint(6, bank->height() / 2)); // on the box itself
    CHECK(widget.renderCount() == count + 1);
    CHECK(widget.previewImage() != before);
    count = widget.renderCount();
    before = widget.previewImage();

    widget.setAccentColor(QColor(0x12, 0x6b, 0x3a));
    CHECK(widget.renderCount() == count + 1);
    CHECK(widget.previewImage() != before);
    widget.setLogo(LedgerPdfFixture::png(200, 80, Qt::red));
    CHECK(widget.renderCount() == count + 2);
    CHECK(rendered.count() == widget.renderCount() - initial); // each render is shown
    CHECK(widget.hasUnsavedChanges());

    auto *save = widget.findChild<QPushButton *>(QStringLiteral("templateSaveButton"));
    REQUIRE(save);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(widget.hasUnsavedChanges());
    const DocumentTemplate saved = need(DocumentTemplateService(f.t->context(), f.t->audit()).load());
    CHECK(saved.footerText == QStringLiteral("Hi"));
    CHECK_FALSE(saved.showBankDetails);
    CHECK(saved.accentColor == QColor(0x12, 0x6b, 0x3a));
    CHECK_FALSE(saved.logo.isEmpty());
}

TEST_CASE("the bulk export dialog exports a month and can be cancelled from its progress dialog")
{
    LedgerPdfFixture f;
    QStringList numbers;
    for (const QString &price : {QStringLiteral("100"), QStringLiteral("200"), QStringLiteral("300")})
        numbers << f.load(f.postedSimple(price)).number;

    BulkExportDialog dialog(f.t.ledger());
    dialog.setMonth(QDate(2026, 3, 1));
    REQUIRE(need(dialog.documents()).size() == 3);
    const QString cancelled = f.pdf.path(QStringLiteral("cancelled"));
    dialog.setFolder(cancelled);
    dialog.show();
    QSignalSpy finished(&dialog, &BulkExportDialog::exportFinished);
    QObject::connect(&dialog, &BulkExportDialog::progressed, &dialog, [&dialog](int done, int) {
        if (done == 1)
            dialog.progressDialog()->cancel();
    });
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("bulkExportButton"));
    REQUIRE(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(dialog.summary().cancelled);
    CHECK(dialog.summary().exported == 1);
    CHECK(QDir(cancelled).entryList(QDir::Files) == QStringList {numbers.first() + QStringLiteral(".pdf")});
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("bulkSummaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("Cancelled")));
    CHECK(dialog.progressDialog()->isHidden());

    QObject::disconnect(&dialog, &BulkExportDialog::progressed, nullptr, nullptr);
    const QString folder = f.pdf.path(QStringLiteral("all"));
    const QString combined = f.pdf.path(QStringLiteral("all.pdf"));
    dialog.setFolder(folder);
    dialog.setCombinedFile(combined);
    dialog.startExport();
    REQUIRE(finished.count() == 2);
    CHECK(finished.last().first().toBool());
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3);
    CHECK(PdfTestSupport::pageCount(combined) == 3);
    CHECK(summary->text().contains(QStringLiteral("3 of 3")));
}

TEST_CASE("printing to a PDF file is an export of the archived bytes")
{
    LedgerPdfFixture f;
    const qint64 id = f.postedSimple();
    const QString path = f.pdf.path(QStringLiteral("printed-to-file.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    need(PrintActions::printTo(printer, f.t.ledger(), id));
    const auto archived = need(DocumentPdfService(f.t.ledger()).archived(id));
    REQUIRE(archived.has_value());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == archived->pdf);
    CHECK(f.actions(id).contains(QStringLiteral("export")));
    CHECK_FALSE(f.actions(id).contains(QStringLiteral("print")));
    CHECK(PrintActions::suggestedFileName(f.t.ledger(), id) == f.load(id).number + QStringLiteral(".pdf"));
}

TEST_CASE("a draft is previewed and exported from its editor with its watermark, never archived nor numbered")
{
    LedgerPdfFixture f;
    Customer c;
    c.name = QStringLiteral("Boulangerie Dupont");
    c.language = QStringLiteral("fr");
    c.vatId = QStringLiteral("FR83404833048");
    const qint64 customer = need(f.t->customers().add(c));
    const qint64 draft = f.t.draftWith(
        {{QStringLiteral("Entretien chaudière"), QStringLiteral("1"), QStringLiteral("100"), QStringLiteral("20")}},
        customer);
    const qint64 archivedBefore = f.archiveRows();
    CompanySession session(f.t.ledger());
    DraftEditorWidget editor(session);
    need(editor.openDraft(draft));
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    // Print preview: the preview dialog opens on the draft's pages; only looking records nothing.
    auto *preview = editor.findChild<QPushButton *>(QStringLiteral("previewDraftButton"));
    REQUIRE(preview);
    CHECK(preview->isEnabled());
    bool previewOpened = false;
    QTimer::singleShot(0, &editor, [&previewOpened] {
        if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            previewOpened = dialog->objectName() == QLatin1String("documentPrintPreviewDialog");
            dialog->reject();
        }
    });
    QTest::mouseClick(preview, Qt::LeftButton);
    CHECK(previewOpened);
    CHECK_FALSE(f.actions(draft).contains(QStringLiteral("print")));

    // Export PDF: the file holds the BROUILLON watermark; the draft stays a draft without a
    // number, nothing is archived, the export is audited.
    auto *exportButton = editor.findChild<QPushButton *>(QStringLiteral("exportDraftPdfButton"));
    REQUIRE(exportButton);
    const QString path = f.pdf.path(QStringLiteral("draft-from-editor.pdf"));
    QTimer::singleShot(0, &editor, [path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept();
        }
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(QFile::exists(path));
    CHECK(PdfTestSupport::rawText(path).contains(QStringLiteral("BROUILLON")));
    CHECK(PdfTestSupport::flat(PdfTestSupport::text(path, true)).contains(QStringLiteral("Facture n° Brouillon")));
    CHECK(f.archiveRows() == archivedBefore);
    CHECK(f.load(draft).isDraft());
    CHECK(f.load(draft).number.isEmpty());
    CHECK(f.actions(draft).contains(QStringLiteral("export")));
}

TEST_CASE("a print preview closed after its PDF file dialog was cancelled counts as not printed")
{
    QPrinter toFile(QPrinter::HighResolution);
    toFile.setOutputFormat(QPrinter::PdfFormat);
    CHECK_FALSE(PrintActions::printedFromPreview(true, toFile)); // the file dialog was cancelled
    CHECK_FALSE(PrintActions::printedFromPreview(false, toFile));
    toFile.setOutputFileName(QStringLiteral("/tmp/printed.pdf"));
    CHECK(PrintActions::printedFromPreview(true, toFile));
    CHECK_FALSE(PrintActions::printedFromPreview(false, toFile)); // closed without printing
}
