#include "EInvoiceService.h"
#include "OutboxRepository.h"
#include "UiTestSupport.h"
#include "mail/SendDocumentDialog.h"
#include "print/BulkExportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

namespace {
void setPreferredFormat(UiFixture &ui, EInvoiceFormat format)
{
    Customer c = ui.ledger()->context().customers.find(ui.ledger().customerId()).value();
    c.einvoiceFormat = format;
    REQUIRE(ui.ledger()->customers().update(c).ok());
}

qint64 postedInvoice(UiFixture &ui)
{
    const qint64 id = ui.ledger().draftWith(
        {{QStringLiteral("Entretien chaudière"), QStringLiteral("2"), QStringLiteral("95"), QStringLiteral("20")}});
    auto number = ui.ledger()->posting().post(id);
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    ui.session().changed();
    return id;
}

QStringList historyDetails(UiFixture &ui)
{
    auto *history = ui.find<QTableView>("historyTable");
    QStringList rows;
    for (int row = 0; row < history->model()->rowCount(); ++row)
        rows << history->model()->index(row, 2).data().toString() + QStringLiteral(": ")
                + history->model()->index(row, 3).data().toString();
    return rows;
}
} // namespace

TEST_CASE("Export e-invoice… refuses with what is missing and writes nothing; then it writes, archives and tells it")
{
    UiFixture ui;
    QTemporaryDir dir;
    const qint64 invoice = postedInvoice(ui);
    ui.window().navigator().openDocument(invoice);
    ui.find<QAction>("exportEInvoiceAction")->trigger();
    auto *dialog = ui.dialog<QDialog>("einvoiceExportDialog");
    auto *format = ui.find<QComboBox>("einvoiceExportFormat", dialog);
    CHECK(format->currentData().toString() == QStringLiteral("facturx")); // the customer has no preference
    // Peppol needs both parties' electronic addresses: the sample has none.
    format->setCurrentIndex(format->findData(QStringLiteral("peppol")));
    auto *missing = ui.find<QLabel>("einvoiceExportMissing", dialog);
    CHECK(missing->isVisible());
    INFO(missing->text().toStdString());
    CHECK(missing->text().contains(QStringLiteral("electronic address")));
    auto *path = ui.find<QLineEdit>("einvoiceExportPath", dialog);
    CHECK(path->text().endsWith(QStringLiteral("INV-2026-00001.xml")));
    const QString peppolFile = dir.filePath(QStringLiteral("peppol.xml"));
    ui.setText("einvoiceExportPath", peppolFile, dialog);
    const QString before = ui.ledger().dump();
    ui.click(ui.find<QPushButton>("einvoiceExportButton", dialog));
    CHECK(dialog->isVisible());
    CHECK(missing->isVisible());
    CHECK_FALSE(QFile::exists(peppolFile));
    CHECK(ui.ledger().dump() == before);

    // EN 16931 in CII: written, archived, audited, in the history.
    format->setCurrentIndex(format->findData(QStringLiteral("en16931-cii")));
    CHECK_FALSE(missing->isVisible());
    const QString ciiFile = dir.filePath(QStringLiteral("INV-2026-00001.xml"));
    ui.setText("einvoiceExportPath", ciiFile, dialog);
    ui.click(ui.find<QPushButton>("einvoiceExportButton", dialog));
    REQUIRE(UiFixture::closed(dialog));
    QFile written(ciiFile);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray xml = written.readAll();
    CHECK(xml.startsWith("<?xml"));
    CHECK(xml.contains("CrossIndustryInvoice"));
    CHECK(xml.contains("INV-2026-00001"));
    const QStringList history = historyDetails(ui);
    INFO(history.join(QLatin1Char('\n')).toStdString());
    CHECK(history.filter(QStringLiteral("E-invoice: EN 16931, CII, INV-2026-00001.xml, exported to INV-2026-00001.xml"))
              .size()
        == 1);
}

TEST_CASE(
    "sending attaches the customer's e-invoice: UBL beside the PDF, Factur-X in its place, none when it lacks data")
{
    UiFixture ui;
    setPreferredFormat(ui, EInvoiceFormat::En16931Ubl);
    const qint64 ubl = postedInvoice(ui);
    {
        SendDocumentDialog dialog(ui.ledger().ledger(), ubl);
        REQUIRE(dialog.isReady());
        auto *einvoice = dialog.findChild<QCheckBox *>(QStringLiteral("sendEInvoice"));
        REQUIRE(einvoice != nullptr);
        CHECK(einvoice->isChecked());
        CHECK(einvoice->isEnabled());
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("sendAttachment"))
                  ->text()
                  .contains(QStringLiteral("INV-2026-00001.xml")));
        CHECK(dialog.previewText().contains(QStringLiteral("Attached: INV-2026-00001.pdf, INV-2026-00001.xml")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto message = OutboxRepository(ui.ledger()->database()).find(dialog.queuedMessageId(), false);
        REQUIRE(message.ok());
        REQUIRE(message->attachments.size() == 2);
        CHECK(message->attachments.at(0).fileName == QStringLiteral("INV-2026-00001.pdf"));
        CHECK(message->attachments.at(1).fileName == QStringLiteral("INV-2026-00001.xml"));
        CHECK(message->attachments.at(1).mimeType == QStringLiteral("application/xml"));
        // The attached XML is the archived e-invoice, byte for byte.
        auto again
            = EInvoiceService(ui.ledger().ledger()).output(ubl, EInvoiceFormat::En16931Ubl, EInvoiceUse::Preview);
        REQUIRE(again.ok());
        CHECK(again->fromArchive);
        CHECK(again->sha256 == message->attachments.at(1).sha256);
    }

    setPreferredFormat(ui, EInvoiceFormat::FacturX);
    const qint64 facturX = postedInvoice(ui);
    {
        SendDocumentDialog dialog(ui.ledger().ledger(), facturX);
        REQUIRE(dialog.isReady());
        CHECK(dialog.einvoiceFormat() == EInvoiceFormat::FacturX);
        CHECK(dialog.previewText().contains(QStringLiteral("Attached: INV-2026-00002.pdf\n")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto message = OutboxRepository(ui.ledger()->database()).find(dialog.queuedMessageId(), false);
        REQUIRE(message.ok());
        REQUIRE(message->attachments.size() == 1);
        CHECK(message->attachments.at(0).fileName == QStringLiteral("INV-2026-00002.pdf"));
        auto archived
            = EInvoiceService(ui.ledger().ledger()).output(facturX, EInvoiceFormat::FacturX, EInvoiceUse::Preview);
        REQUIRE(archived.ok());
        CHECK(archived->fromArchive);
        CHECK(archived->sha256 == message->attachments.at(0).sha256);
        CHECK(archived->bytes.contains("factur-x.xml"));
    }

    // Preferring Peppol without the electronic addresses: said, and the PDF goes alone.
    setPreferredFormat(ui, EInvoiceFormat::None);
    const qint64 plain = postedInvoice(ui);
    setPreferredFormat(ui, EInvoiceFormat::Peppol);
    SendDocumentDialog dialog(ui.ledger().ledger(), plain);
    REQUIRE(dialog.isReady());
    auto *einvoice = dialog.findChild<QCheckBox *>(QStringLiteral("sendEInvoice"));
    CHECK_FALSE(einvoice->isChecked());
    CHECK_FALSE(einvoice->isEnabled());
    auto *lacking = dialog.findChild<QLabel *>(QStringLiteral("sendEInvoiceMissing"));
    CHECK(lacking->isVisibleTo(&dialog));
    CHECK(lacking->text().contains(QStringLiteral("electronic address")));
    CHECK(dialog.einvoiceFormat() == EInvoiceFormat::None);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
    auto message = OutboxRepository(ui.ledger()->database()).find(dialog.queuedMessageId(), false);
    REQUIRE(message.ok());
    CHECK(message->attachments.size() == 1);
}

TEST_CASE("a posted invoice shows its order and buyer references")
{
    UiFixture ui;
    const qint64 id = ui.ledger().draftWith(
        {{QStringLiteral("Dépannage"), QStringLiteral("1"), QStringLiteral("120"), QStringLiteral("20")}});
    Document header = ui.ledger()->context().documents.find(id).value();
    header.orderReference = QStringLiteral("PO-88213");
    header.buyerReference = QStringLiteral("08311000-GM2026-64");
    REQUIRE(ui.ledger()->drafts().updateHeader(header).ok());
    REQUIRE(ui.ledger()->posting().post(id).ok());
    ui.session().changed();
    ui.window().navigator().openDocument(id);
    const QString details = ui.find<QLabel>("postedDetails")->text();
    CHECK(details.contains(QStringLiteral("Order PO-88213 · Buyer reference 08311000-GM2026-64")));
}

TEST_CASE("bulk export puts the e-invoices of the customers who want one beside the PDFs, and lists the refused")
{
    UiFixture ui;
    QTemporaryDir dir;
    setPreferredFormat(ui, EInvoiceFormat::En16931Cii);
    const qint64 first = postedInvoice(ui);
    setPreferredFormat(ui, EInvoiceFormat::None);
    const qint64 second = postedInvoice(ui); // the customer wanted none when it was posted
    setPreferredFormat(ui, EInvoiceFormat::Peppol); // and now wants Peppol, which this file lacks
    BulkExportDialog dialog(ui.ledger().ledger());
    dialog.setSelection({first, second});
    dialog.setFolder(dir.path());
    dialog.setFolderExport(true);
    auto *einvoices = dialog.findChild<QCheckBox *>(QStringLiteral("bulkEInvoiceCheck"));
    REQUIRE(einvoices != nullptr);
    einvoices->setChecked(true);
    dialog.startExport();
    CHECK(QFile::exists(dir.filePath(QStringLiteral("INV-2026-00001.pdf"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("INV-2026-00002.pdf"))));
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("bulkSummaryLabel"))->text();
    INFO(summary.toStdString());
    // The customer's format now is Peppol for both: neither document has the electronic addresses.
    CHECK(summary.contains(QStringLiteral("e-invoices: 0.")));
    CHECK(summary.contains(QStringLiteral("INV-2026-00001")));
    CHECK(summary.contains(QStringLiteral("electronic address")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("e-invoices/INV-2026-00001.xml"))));

    setPreferredFormat(ui, EInvoiceFormat::En16931Cii);
    dialog.startExport();
    CHECK(QFile::exists(dir.filePath(QStringLiteral("e-invoices/INV-2026-00001.xml"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("e-invoices/INV-2026-00002.xml"))));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("bulkSummaryLabel"))
              ->text()
              .contains(QStringLiteral("e-invoices: 2.")));
}
