#include "LedgerTestHelpers.h"

#include <QHash>

using namespace LedgerTest;

namespace {
DocumentLine line(const QString &description, const QString &quantity, const QString &price, const QString &rate,
    TaxCategory category)
{
    DocumentLine l = makeLine(description, quantity, price, rate);
    l.taxCategory = category;
    return l;
}

// A: 3 h × 40.00 = 120.00 and B: 2 × 12.40 = 24.80 at 20 % (base 144.80, VAT 28.96);
// C: 1 × 35.50 at 10 % (VAT 3.55). Net 180.30, VAT 32.51, gross 212.81.
struct ThreeLineInvoice
{
    static constexpr qint64 Gross = 18030 + 2896 + 355;
    qint64 id = 0;
    qint64 lineA = 0;
    qint64 lineB = 0;
    qint64 lineC = 0;
};

ThreeLineInvoice postedThreeLineInvoice(TestLedger &t)
{
    ThreeLineInvoice inv;
    inv.id = need(t->drafts().createInvoice(t.customerId()));
    need(t->drafts().addLine(inv.id,
        line(QStringLiteral("Compressor work"), QStringLiteral("3"), QStringLiteral("40"), QStringLiteral("20"),
            TaxCategory::Standard)));
    need(t->drafts().addLine(inv.id,
        line(QStringLiteral("Valve"), QStringLiteral("2"), QStringLiteral("12.40"), QStringLiteral("20"),
            TaxCategory::Standard)));
    need(t->drafts().addLine(inv.id,
        line(QStringLiteral("Travel"), QStringLiteral("1"), QStringLiteral("35.50"), QStringLiteral("10"),
            TaxCategory::Reduced)));
    post(t, inv.id);
    const Document d = load(t, inv.id);
    REQUIRE(d.totalGross == ThreeLineInvoice::Gross);
    REQUIRE(d.lines.size() == 3);
    inv.lineA = d.lines[0].id;
    inv.lineB = d.lines[1].id;
    inv.lineC = d.lines[2].id;
    return inv;
}

QString numberOf(TestLedger &t, qint64 id)
{
    return load(t, id).number;
}
} // namespace

TEST_CASE("a full credit note copies every line and leaves the invoice credited with nothing due")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    const qint64 note = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Job cancelled")));
    const Document draft = load(t, note);
    CHECK(draft.type == DocumentType::CreditNote);
    CHECK(draft.creditedDocumentId == inv.id);
    CHECK(draft.customerId == t.customerId());
    const Document invoice = load(t, inv.id);
    REQUIRE(draft.lines.size() == invoice.lines.size());
    for (int i = 0; i < draft.lines.size(); ++i) {
        CHECK(draft.lines[i].sourceLineId == invoice.lines[i].id);
        CHECK(draft.lines[i].quantity == invoice.lines[i].quantity);
        CHECK(draft.lines[i].unitPrice == invoice.lines[i].unitPrice);
        CHECK(draft.lines[i].taxRate == invoice.lines[i].taxRate);
        CHECK(draft.lines[i].net == invoice.lines[i].net);
    }

    CHECK(need(t->posting().post(note)) == QStringLiteral("CN-2026-00001"));
    const Document credited = load(t, inv.id);
    CHECK(credited.status == DocumentStatus::Credited);
    CHECK(credited.amountDue() == 0);
    CHECK(credited.amountCredited == ThreeLineInvoice::Gross);
    const Document posted = load(t, note);
    CHECK(posted.totalGross == ThreeLineInvoice::Gross);
    CHECK(posted.amountDue() == 0); // nothing was paid, so nothing is owed back

    // Nothing is left to credit, and nothing can be paid.
    const QString before = t.dump();
    CHECK_FALSE(t->creditNotes().createDraft(inv.id, QStringLiteral("again")).ok());
    CHECK_FALSE(t->payments().registerPayment(paymentOf(inv.id, 1)).ok());
    CHECK(t.dump() == before);
}

TEST_CASE("a partial credit by line and quantity reduces the amount due by exactly its total")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    // One hour of A: 40.00 at 20 % → VAT 8.00. 0.333 of C: 11.8215 → 11.82 at 10 % → VAT 1.182 → 1.18.
    constexpr qint64 creditGross = 4000 + 800 + 1182 + 118;
    const qint64 note = need(
        t->creditNotes().createDraft(inv.id, QStringLiteral("Overbilled"), {{inv.lineA, 1000}, {inv.lineC, 333}}));
    const Document draft = load(t, note);
    REQUIRE(draft.lines.size() == 2);
    CHECK(draft.lines[0].sourceLineId == inv.lineA);
    CHECK(draft.lines[0].quantity == Quantity::fromInteger(1));
    CHECK(draft.lines[1].sourceLineId == inv.lineC);
    CHECK(draft.lines[1].net == 1182);
    CHECK(draft.totalGross == creditGross);

    post(t, note);
    CHECK(load(t, note).totalGross == creditGross);
    const Document invoice = load(t, inv.id);
    CHECK(invoice.amountDue() == ThreeLineInvoice::Gross - creditGross);
    CHECK(invoice.status == DocumentStatus::Posted); // partly credited, still open

    // Paying what remains settles it.
    need(t->payments().registerPayment(paymentOf(inv.id, ThreeLineInvoice::Gross - creditGross)));
    CHECK(load(t, inv.id).status == DocumentStatus::Paid);
}

TEST_CASE("a credit note never credits more than was invoiced, across several credit notes")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);

    QString before = t.dump();
    auto tooMany = t->creditNotes().createDraft(inv.id, QStringLiteral("x"), {{inv.lineA, 3001}});
    REQUIRE_FALSE(tooMany.ok());
    INFO(str(tooMany.message()));
    CHECK(tooMany.message().contains(QStringLiteral("Compressor work")));
    CHECK_FALSE(t->creditNotes().createDraft(inv.id, QStringLiteral("x"), {{inv.lineA, -1000}}).ok());
    CHECK(t.dump() == before);

    // Two hours credited first; one remains.
    post(t, need(t->creditNotes().createDraft(inv.id, QStringLiteral("Two hours too many"), {{inv.lineA, 2000}})));
    before = t.dump();
    auto beyond = t->creditNotes().createDraft(inv.id, QStringLiteral("x"), {{inv.lineA, 2000}});
    REQUIRE_FALSE(beyond.ok());
    INFO(str(beyond.message()));
    CHECK(beyond.message().contains(QStringLiteral("at most 1")));
    CHECK(t.dump() == before);

    // Editing a credit line above what remains is refused too; below is fine.
    const qint64 note = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Last hour"), {{inv.lineA, 1000}}));
    DocumentLine creditLine = load(t, note).lines.at(0);
    before = t.dump();
    DocumentLine edited = creditLine;
    edited.quantity = Quantity::fromScaled(1500);
    auto above = t->drafts().updateLine(note, edited);
    REQUIRE_FALSE(above.ok());
    CHECK(above.message().contains(QStringLiteral("at most 1")));
    edited.quantity = Quantity::fromScaled(-500);
    CHECK_FALSE(t->drafts().updateLine(note, edited).ok());
    // A second line for the same invoice line in the same note counts with the first.
    DocumentLine extra = creditLine;
    extra.id = 0;
    extra.quantity = Quantity::fromScaled(1);
    CHECK_FALSE(t->drafts().addLine(note, extra).ok());
    CHECK(t.dump() == before);

    edited.quantity = Quantity::fromScaled(500);
    need(t->drafts().updateLine(note, edited));
    CHECK(load(t, note).lines.at(0).net == 2000); // 0.5 × 40.00
    post(t, note);
    CHECK(t->context().documents.creditedQuantities(inv.id).value().value(inv.lineA) == 2500);
}

TEST_CASE("two draft credit notes for the same line cannot both be posted")
{
    TestLedger t;
    // A small line next to a large one: crediting the small line twice stays far below the invoice
    // total, so only the per-line rule can catch it.
    const qint64 id
        = t.draftWith({{QStringLiteral("Filter"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")},
            {QStringLiteral("Chiller"), QStringLiteral("1"), QStringLiteral("1000"), QStringLiteral("20")}});
    post(t, id);
    const qint64 filterLine = load(t, id).lines.at(0).id;
    const qint64 first
        = need(t->creditNotes().createDraft(id, QStringLiteral("Filter returned"), {{filterLine, 1000}}));
    const qint64 second
        = need(t->creditNotes().createDraft(id, QStringLiteral("Filter returned"), {{filterLine, 1000}}));
    CHECK(need(t->posting().post(first)) == QStringLiteral("CN-2026-00001"));

    const QString before = t.dump();
    auto refused = t->posting().post(second);
    REQUIRE_FALSE(refused.ok());
    INFO(str(refused.message()));
    CHECK(refused.message().contains(QStringLiteral("Filter")));
    CHECK(t.dump() == before);
    CHECK(load(t, id).amountDue() == 121200 - 1200); // 1,010.00 + 20 % less one filter (12.00)

    // The refused post consumed no number.
    const qint64 chiller = load(t, id).lines.at(1).id;
    const qint64 third = need(t->creditNotes().createDraft(id, QStringLiteral("Discount"), {{chiller, 100}}));
    CHECK(need(t->posting().post(third)) == QStringLiteral("CN-2026-00002"));
}

TEST_CASE("a credit note on a paid invoice leaves money owed back that a refund clears")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    need(t->payments().registerPayment(paymentOf(inv.id, ThreeLineInvoice::Gross)));
    REQUIRE(load(t, inv.id).status == DocumentStatus::Paid);

    const qint64 note
        = need(t->creditNotes().createDraft(inv.id, QStringLiteral("One hour less"), {{inv.lineA, 1000}}));
    post(t, note);
    constexpr qint64 creditGross = 4000 + 800;
    Document n = load(t, note);
    CHECK(n.amountDue() == creditGross); // owed back to the customer
    CHECK(n.status == DocumentStatus::Posted);
    const Document invoice = load(t, inv.id);
    CHECK(invoice.status == DocumentStatus::Paid);
    CHECK(invoice.amountDue() == 0);

    need(t->payments().refund(paymentOf(note, creditGross)));
    n = load(t, note);
    CHECK(n.amountDue() == 0);
    CHECK(n.status == DocumentStatus::Refunded);
}

TEST_CASE("a full credit note on a partially paid invoice credits it and owes the payment back")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    need(t->payments().registerPayment(paymentOf(inv.id, 5000)));
    REQUIRE(load(t, inv.id).status == DocumentStatus::PartiallyPaid);

    const qint64 note = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Job cancelled")));
    post(t, note);
    const Document invoice = load(t, inv.id);
    // DESIGN.md: Posted / partially paid → Credited (fully reversed).
    CHECK(invoice.status == DocumentStatus::Credited);
    CHECK(invoice.amountDue() == 0);
    const Document n = load(t, note);
    CHECK(n.amountDue() == 5000); // what the customer paid is owed back
    need(t->payments().refund(paymentOf(note, 5000, {}, PaymentMethod::BankTransfer)));
    CHECK(load(t, note).status == DocumentStatus::Refunded);
}

TEST_CASE("credit notes get their own gapless CN numbers")
{
    TestLedger t;
    const ThreeLineInvoice first = postedThreeLineInvoice(t);
    const ThreeLineInvoice second = postedThreeLineInvoice(t);
    CHECK(numberOf(t, first.id) == QStringLiteral("INV-2026-00001"));
    CHECK(numberOf(t, second.id) == QStringLiteral("INV-2026-00002"));

    const qint64 a = need(t->creditNotes().createDraft(first.id, QStringLiteral("r"), {{first.lineB, 1000}}));
    const qint64 b = need(t->creditNotes().createDraft(second.id, QStringLiteral("r"), {{second.lineB, 1000}}));
    CHECK(load(t, a).number.isEmpty()); // a draft has no number
    CHECK(need(t->posting().post(b)) == QStringLiteral("CN-2026-00001"));
    CHECK(need(t->posting().post(a)) == QStringLiteral("CN-2026-00002"));
    // The invoice sequence is not touched by credit notes.
    CHECK(t.postNew() == QStringLiteral("INV-2026-00003"));

    // A credit note that would credit more than the invoice is refused and takes no number.
    const qint64 c = need(t->creditNotes().createDraft(first.id, QStringLiteral("r")));
    const qint64 d = need(t->creditNotes().createDraft(first.id, QStringLiteral("r")));
    CHECK(need(t->posting().post(c)) == QStringLiteral("CN-2026-00003"));
    CHECK_FALSE(t->posting().post(d).ok());
    const qint64 e = need(t->creditNotes().createDraft(second.id, QStringLiteral("r"), {{second.lineA, 500}}));
    CHECK(need(t->posting().post(e)) == QStringLiteral("CN-2026-00004"));
}

TEST_CASE("a credit note line keeps the price, discount and tax of the invoice line")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    const qint64 note = need(t->creditNotes().createDraft(inv.id, QStringLiteral("r"), {{inv.lineC, 1000}}));
    const DocumentLine original = load(t, note).lines.at(0);
    const QString before = t.dump();

    DocumentLine price = original;
    price.unitPrice = UnitPrice::parse(QStringLiteral("99")).value();
    auto refused = t->drafts().updateLine(note, price);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("price")));

    DocumentLine rate = original;
    rate.taxRate = Percentage::fromInteger(20);
    rate.taxCategory = TaxCategory::Standard;
    CHECK_FALSE(t->drafts().updateLine(note, rate).ok());

    DocumentLine discount = original;
    discount.discount = Percentage::fromInteger(10);
    CHECK_FALSE(t->drafts().updateLine(note, discount).ok());

    DocumentLine kind = original;
    kind.kind = LineKind::Labor;
    CHECK_FALSE(t->drafts().updateLine(note, kind).ok());

    DocumentLine unlinked = original;
    unlinked.id = 0;
    unlinked.sourceLineId = 0;
    CHECK_FALSE(t->drafts().addLine(note, unlinked).ok());
    CHECK(t.dump() == before);

    // Its customer is the invoice's.
    Document header = load(t, note);
    header.customerId = t.addCustomer(QStringLiteral("Someone Else"));
    const QString beforeHeader = t.dump();
    CHECK_FALSE(t->drafts().updateHeader(header).ok());
    CHECK(t.dump() == beforeHeader);
}

TEST_CASE("a reversed payment takes back what a credit note owed the customer, so nothing shows due twice")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    const qint64 payment = need(t->payments().registerPayment(paymentOf(inv.id, 5000)));
    // Credit note for lines A and B (144.80 + 28.96 = 173.76): 162.81 still due is credited,
    // the other 10.95 is owed back because the customer paid 50.00.
    const qint64 first
        = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Work redone"), {{inv.lineA, 3000}, {inv.lineB, 2000}}));
    post(t, first);
    constexpr qint64 firstGross = 17376;
    REQUIRE(load(t, first).amountDue() == firstGross - (ThreeLineInvoice::Gross - 5000));
    REQUIRE(load(t, inv.id).amountDue() == 0);

    // The 50.00 bounced: the invoice is due again, less what the credit note had left to give back.
    need(t->payments().reverse(payment, QStringLiteral("Cheque bounced")));
    Document invoice = load(t, inv.id);
    Document note = load(t, first);
    CHECK(note.amountDue() == 0); // nothing owed to the customer any more
    CHECK(note.amountCredited == firstGross);
    CHECK(invoice.amountCredited == firstGross);
    CHECK(invoice.amountDue() == ThreeLineInvoice::Gross - firstGross); // 39.05: line C only
    CHECK(invoice.status == DocumentStatus::Posted);

    // The rest credited: the invoice is credited with nothing due.
    const qint64 second = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Travel not charged"), {{inv.lineC, 1000}}));
    post(t, second);
    invoice = load(t, inv.id);
    CHECK(invoice.amountDue() == 0);
    CHECK(invoice.status == DocumentStatus::Credited);
    CHECK(load(t, second).amountDue() == 0);
}

TEST_CASE("credit notes covering an invoice leave it credited only when nothing is due on it")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    const qint64 payment = need(t->payments().registerPayment(paymentOf(inv.id, 5000)));
    const qint64 first = need(t->creditNotes().createDraft(inv.id, QStringLiteral("Refund"), {{inv.lineA, 3000}}));
    post(t, first); // 144.00: 162.81 was due, all of it credited
    // A refund of what the note owes, then the payment bounces: the invoice is due again.
    need(t->payments().reverse(payment, QStringLiteral("Bounced")));
    const qint64 second = need(
        t->creditNotes().createDraft(inv.id, QStringLiteral("Rest"), {{inv.lineB, 2000}, {inv.lineC, 1000}}));
    post(t, second);
    const Document invoice = load(t, inv.id);
    INFO("due " << invoice.amountDue() << ", status " << str(DocumentStatuses::key(invoice.status)));
    CHECK((invoice.status == DocumentStatus::Credited) == (invoice.amountDue() == 0));
}

TEST_CASE("a goodwill credit note credits a free net amount per tax rate, within what each rate charged")
{
    TestLedger t;
    const ThreeLineInvoice inv = postedThreeLineInvoice(t);
    const QString before = t.dump();
    using Amount = CreditNoteService::RateAmount;
    const Amount atStandard {TaxCategory::Standard, Percentage::fromScaled(2000), 5000}; // 50.00 at 20 %
    const Amount atReduced {TaxCategory::Reduced, Percentage::fromScaled(1000), 1000};   // 10.00 at 10 %

    // Refusals change nothing: no reason, a rate the invoice does not have, more than the rate
    // charged, a negative amount, nothing at all.
    CHECK_FALSE(t->creditNotes().createGoodwill(inv.id, QStringLiteral(" "), {atStandard}).ok());
    const auto unknownRate = t->creditNotes().createGoodwill(
        inv.id, QStringLiteral("Geste commercial"), {{TaxCategory::Reduced, Percentage::fromScaled(550), 100}});
    REQUIRE_FALSE(unknownRate.ok());
    CHECK(unknownRate.message().contains(QStringLiteral("no amount at")));
    const auto tooMuch = t->creditNotes().createGoodwill(
        inv.id, QStringLiteral("Geste commercial"), {{TaxCategory::Standard, Percentage::fromScaled(2000), 14481}});
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.message().contains(QStringLiteral("144.80")));
    CHECK_FALSE(t->creditNotes()
                    .createGoodwill(inv.id, QStringLiteral("Geste commercial"),
                                    {{TaxCategory::Standard, Percentage::fromScaled(2000), -100}})
                    .ok());
    CHECK_FALSE(t->creditNotes().createGoodwill(inv.id, QStringLiteral("Geste commercial"), {}).ok());
    CHECK(t.dump() == before);

    // 50.00 at 20 % and 10.00 at 10 %: tax 10.00 + 1.00, gross 71.00, one line per rate.
    const qint64 note = need(t->creditNotes().createGoodwill(inv.id, QStringLiteral("Geste commercial"),
                                                             {atStandard, atReduced}));
    post(t, note);
    const Document posted = load(t, note);
    REQUIRE(posted.lines.size() == 2);
    CHECK(posted.lines.at(0).description == QStringLiteral("Geste commercial"));
    CHECK(posted.lines.at(0).sourceLineId == 0);
    CHECK(posted.totalNet == 6000);
    CHECK(posted.totalTax == 1100);
    CHECK(posted.totalGross == 7100);
    CHECK(load(t, inv.id).amountDue() == ThreeLineInvoice::Gross - 7100);

    // What is left at 20 % is 144.80 - 50.00 = 94.80: one cent more is refused, even when a draft
    // made earlier asks for it at posting.
    const auto left = t->creditNotes().creditableByRate(load(t, inv.id));
    REQUIRE(left.ok());
    CHECK(left->at(0).base == 9480);
    CHECK(left->at(1).base == 2550);
    const qint64 exact = need(t->creditNotes().createGoodwill(
        inv.id, QStringLiteral("Rabatt"), {{TaxCategory::Standard, Percentage::fromScaled(2000), 9480}}));
    const qint64 late = need(t->creditNotes().createGoodwill(
        inv.id, QStringLiteral("Rabatt"), {{TaxCategory::Standard, Percentage::fromScaled(2000), 1}}));
    post(t, exact);
    const QString beforeLate = t.dump();
    const auto refused = t->posting().post(late);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("more than the 0.00 left")));
    CHECK(t.dump() == beforeLate);
}
