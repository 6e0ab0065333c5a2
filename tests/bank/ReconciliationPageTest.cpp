#include "bank/ReconciliationPage.h"

#include "BankTestSupport.h"
#include "MatchNumberReferenceLookup.h"
#include "MessageBanner.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>

using namespace BankTest;

namespace {
struct Posted
{
    qint64 id = 0;
    QString number;
};

Posted post(TestLedger &t, const QString &price)
{
    const qint64 draft = t.draftWith({{QStringLiteral("Service"), QStringLiteral("1"), price, QStringLiteral("20")}});
    auto number = t->posting().post(draft);
    REQUIRE(number.ok());
    return {draft, number.value()};
}

int rowOf(QTableView *view, const QString &text)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        for (int c = 0; c < view->model()->columnCount(); ++c)
            if (view->model()->index(r, c).data().toString().contains(text))
                return r;
    return -1;
}
} // namespace

TEST_CASE("the reconciliation page accepts a proposal, splits an entry across invoices and leaves one")
{
    Posted a, b, c;
    UiFixture ui([&](TestLedger &t) {
        a = post(t, QStringLiteral("100")); // 120.00
        b = post(t, QStringLiteral("50")); // 60.00
        c = post(t, QStringLiteral("25")); // 30.00
        REQUIRE(ReconciliationService(t.ledger()).setAutoApplyReferences(false).ok());
        CamtTestStatement s;
        s.id = QStringLiteral("UI-1");
        s.entries = {{credit(12000, QStringLiteral("Facture ") + a.number)},
            {credit(7000, QStringLiteral("two invoices, one transfer"))}, {credit(999, QStringLiteral("interest"))}};
        REQUIRE(StatementImportService(t.ledger()).importBytes(CamtTestWriter::write(s), {})->added == 3);
    });
    ui.window().showPage(PageId::Reconciliation);
    auto *page = ui.find<ReconciliationPage>("reconciliationPage");
    REQUIRE(page->isVisible());
    auto *view = ui.find<QTableView>("reconciliationEntries");
    REQUIRE(view->model()->rowCount() == 3);

    // Accept: the number found in the text.
    const int first = rowOf(view, a.number);
    REQUIRE(first >= 0);
    view->setCurrentIndex(view->model()->index(first, 0));
    auto *proposals = ui.find<QListWidget>("reconciliationProposals");
    REQUIRE(proposals->count() == 1);
    CHECK(proposals->item(0)->text().contains(a.number));
    CHECK_FALSE(ui.find<QLabel>("reconciliationExplanation")->text().isEmpty());
    QTest::mouseClick(ui.find<QPushButton>("reconciliationAccept"), Qt::LeftButton);
    CHECK(ui.ledger()->context().payments.forDocument(a.id)->size() == 1);
    REQUIRE(view->model()->rowCount() == 2);

    // Choose another: 70.00 split as 40.00 on B and what C is due (30.00).
    view->setCurrentIndex(view->model()->index(rowOf(view, QStringLiteral("two invoices")), 0));
    auto *chosen = ui.find<QLineEdit>("reconciliationChosen");
    QTest::keyClicks(chosen, b.number + QStringLiteral("=40.00, ") + c.number);
    QTest::mouseClick(ui.find<QPushButton>("reconciliationApplyChosen"), Qt::LeftButton);
    CHECK(ui.ledger()->context().payments.sumForDocument(b.id).value() == 4000);
    CHECK(ui.ledger()->context().payments.sumForDocument(c.id).value() == 3000);
    REQUIRE(view->model()->rowCount() == 1);

    // A refusal is shown, nothing changes: B has only 20.00 left.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClicks(chosen, b.number + QStringLiteral("=9.99"));
    QTest::keyClicks(chosen, QStringLiteral("9"));
    QTest::mouseClick(ui.find<QPushButton>("reconciliationApplyChosen"), Qt::LeftButton);
    CHECK(ui.find<MessageBanner>("reconciliationMessage")->isVisible());
    CHECK(view->model()->rowCount() == 1);

    // Leave: the interest is no invoice's payment.
    QTest::mouseClick(ui.find<QPushButton>("reconciliationLeave"), Qt::LeftButton);
    CHECK(view->model()->rowCount() == 0);

    // Import from the page: the same statement again is all known; a new one applies its references.
    QTemporaryDir dir;
    Posted d;
    {
        d = post(ui.ledger(), QStringLiteral("10"));
    }
    CamtTestStatement s;
    s.id = QStringLiteral("UI-2");
    StatementEntry byRef = credit(1200);
    byRef.structuredReference
        = MatchNumberReferenceLookup::creditorReference(MatchNumberReferenceLookup::compactNumber(d.number));
    s.entries = {{byRef}};
    const QString file = dir.filePath(QStringLiteral("s.xml"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(CamtTestWriter::write(s));
    f.close();
    REQUIRE(ReconciliationService(ui.ledger().ledger()).setAutoApplyReferences(true).ok());
    REQUIRE(page->importFile(file));
    CHECK(ui.ledger()->context().payments.sumForDocument(d.id).value() == 1200);
    CHECK_FALSE(page->importFile(dir.filePath(QStringLiteral("missing.xml"))));
    CHECK(UiFixture::modelProblems().isEmpty());
}
