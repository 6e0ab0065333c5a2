#include "UiTestSupport.h"

#include "CustomerPicker.h"
#include "DraftEditorWidget.h"
#include "InvoicesPage.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

TEST_CASE("header edits go through the undo stack: customer, terms and reference come back on undo")
{
    UiFixture ui;
    Customer other;
    other.name = QStringLiteral("Garage Dupont");
    other.billingAddress = QStringLiteral("5 avenue Foch\n69006 Lyon");
    other.paymentTermsDays = 45;
    auto otherId = ui.ledger()->customers().add(other);
    REQUIRE(otherId.ok());
    const qint64 draft = ui.ledger().draftWith(
        {{QStringLiteral("Inspection"), QStringLiteral("1"), QStringLiteral("80"), QStringLiteral("20")}});
    ui.session().changed();
    ui.window().navigator().openDocument(draft);
    auto *invoices = static_cast<InvoicesPage *>(ui.window().page(PageId::Invoices));
    QUndoStack *undo = invoices->editor()->undoStack();
    auto stored = [&] { return ui.ledger()->context().documents.find(draft).value(); };

    // Terms typed by hand, then a reference.
    auto *terms = ui.find<QSpinBox>("draftTerms");
    terms->setValue(10);
    emit terms->editingFinished();
    CHECK(stored().paymentTermsDays == 10);
    ui.setText("draftReference", QStringLiteral("PO-4471"));
    QTest::keyClick(ui.find<QLineEdit>("draftReference"), Qt::Key_Return);
    CHECK(stored().customerReference == QStringLiteral("PO-4471"));

    // Another customer, chosen by typing the name: their terms come with them.
    auto *picker = ui.find<CustomerPicker>("draftCustomer");
    picker->setFocus();
    picker->selectAll();
    QTest::keyClicks(picker, QStringLiteral("Garage Dupont"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(stored().customerId == otherId.value());
    CHECK(stored().paymentTermsDays == 45);
    CHECK(undo->count() == 3);

    // Undo the customer change: the first customer and the terms typed before come back.
    undo->undo();
    CHECK(stored().customerId == ui.ledger().customerId());
    CHECK(stored().paymentTermsDays == 10);
    CHECK(picker->text() == QStringLiteral("Boulangerie Martin SARL"));
    undo->undo();
    CHECK(stored().customerReference.isEmpty());
    CHECK(ui.find<QLineEdit>("draftReference")->text().isEmpty());
    undo->undo();
    CHECK(stored().paymentTermsDays == 30);
    CHECK(terms->value() == 30);
    undo->redo();
    undo->redo();
    undo->redo();
    CHECK(stored().customerId == otherId.value());
    CHECK(stored().customerReference == QStringLiteral("PO-4471"));
}
