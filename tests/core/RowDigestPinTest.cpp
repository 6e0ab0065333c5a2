// The digests written into company files must stay byte-identical for the same rows, whatever
// the code that computes them: a file posted by one version verifies in every later one. The
// rows below were written with SQL, with every kind of value a column can hold (accents, an
// emoji, escapes, a BOM, NUL, invalid UTF-8, a blob, a real or text in an integer column, dates
// and times that are not in the canonical form), and their digests pinned as the first version
// of the digest code (3a7ca4b) computed them.
#include "BookRowsRepository.h"
#include "LedgerTestHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
void exec(QSqlQuery &q, const QString &sql)
{
    const bool done = q.exec(sql);
    INFO(sql.toStdString() << "\n" << q.lastError().text().toStdString());
    REQUIRE(done);
}

// One document, its lines, tax lines, journal entry and lines, and a payment with its entry.
void writeRows(TestLedger &t)
{
    QSqlQuery q(t->database().connection());
    exec(q, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const QString snapshot = QStringLiteral(
        "{\"company\":{\"name\":\"Électricité Dupont & Fils\",\"address\":\"12 rue de l''Église\\n69001 Lyon\"},"
        "\"customer\":{\"name\":\"Müller GmbH — Straße 5\",\"vat\":\"DE123456789\"},\"lines\":[%1]}");
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(
            QStringLiteral("{\"d\":\"Ligne n° %1 — réparation\",\"q\":\"1.5\",\"p\":%2}").arg(i).arg(i * 1234));
    exec(q,
        QStringLiteral(
            "INSERT INTO documents (id, doc_type, status, number, customer_id, customer_name, issue_date, "
            "service_date, "
            "due_date, payment_terms_days, customer_reference, printed_notes, internal_notes, language, currency, "
            "total_net, total_tax, total_gross, credited_document_id, credit_reason, service_order_id, quotation_id, "
            "snapshot, approved_by, approved_at, posted_at, posted_by, created_at, created_by, updated_at, "
            "buyer_reference, order_reference, payment_means) VALUES (901, 'invoice', 'draft', NULL, %1, "
            "'Société Générale — Ünïcode ✓ 😀', '2026-03-10', '2026-02-30', '2026-04-09T00:00', 1.5, "
            "'ref\twith\\escapes\r\n', CAST(X'EFBBBF6869' AS TEXT), CAST(X'C328FF41' AS TEXT), X'656E', 'EUR', "
            "12345, '12x', -7, NULL, CAST(X'610062' AS TEXT), NULL, NULL, '%2', NULL, '2026-03-10T09:30:00.000Z', "
            "'2026-03-10T11:30:00.250+02:00', 'marie', '2026-03-10T24:00:00.000Z', '', 'x', "
            "'Leitweg 991-12345-67', 'PO 7/2026', 'card')")
            .arg(t.customerId())
            .arg(snapshot.arg(lines.join(QLatin1Char(',')))));
    exec(q,
        QStringLiteral(
            "INSERT INTO document_lines (id, document_id, position, kind, description, quantity, unit, unit_price, "
            "discount, tax_category, tax_rate, exemption_reason, line_net, catalog_item_id, source_line_id, unit_code, "
            "vatex_code) VALUES "
            "(911, 901, 2, 'part', 'Câble 3×2,5 mm² — 😀\\back', 2.5, 'm', 1999, 0, 'standard', 2000, '', 4998, "
            "NULL, NULL, 'MTR', ''), "
            "(910, 901, 1, 'labor', 'Main-d''œuvre', 1500, 'h', 6000, 1000, 'reduced', 1000, '', 8100, NULL, NULL, "
            "'HUR', ''), "
            "(912, 901, 1, 'other', CAST(X'E282AC20C3A9' AS TEXT), -1000, '', 500, 0, 'exempt', 0, "
            "'Art. 261 CGI', -500, NULL, NULL, 'C62', 'VATEX-EU-132')"));
    exec(q,
        QStringLiteral("INSERT INTO document_tax_lines (id, document_id, tax_category, tax_rate, exemption_reason, "
                       "base, tax) VALUES "
                       "(921, 901, 'standard', 2000, '', 4998, 1000), (920, 901, 'reduced', 1000.0, '', 8100, '810')"));
    exec(q,
        QStringLiteral(
            "INSERT INTO journal_entries (id, entry_date, kind, document_id, payment_id, reference, description, "
            "created_at) VALUES (931, '2026-03-10', 'invoice', 901, NULL, 'INV-1', 'Facture — Müller', "
            "'2026-03-10T09:30:00Z'), (932, '2026-03-11', 'payment', 901, 941, 'VIR 1', 'Paiement reçu', "
            "'2026-03-11T08:00:00.001Z')"));
    exec(q,
        QStringLiteral(
            "INSERT INTO journal_lines (id, entry_id, account_id, debit, credit) VALUES (951, 931, 1, 13908, 0), "
            "(952, 931, 2, 0, 12098), (953, 932, 3, 5000, 0), (954, 932, 1, 0, 5000)"));
    exec(q,
        QStringLiteral("INSERT INTO payments (id, document_id, kind, amount, payment_date, method, reference, "
                       "reverses_payment_id, "
                       "created_at, created_by) VALUES (941, 901, 'payment', 5000, '2026-03-11', 'bank_transfer', "
                       "'VIR\tSEPA ünï', NULL, '2026-03-11T08:00:00.001Z', 'marie')"));
}
} // namespace

TEST_CASE("row digests of known rows are the ones the first version of the digest computed", "[file]")
{
    TestLedger t;
    writeRows(t);
    BookRowsRepository books(t->database());
    auto document = books.documentDigest(901);
    REQUIRE(document.ok());
    REQUIRE(document->has_value());
    CHECK((*document)->toStdString() == "b034356b470cd93a38f25d21b3c7ac995344492911bf8028dd807ce25009b40e");
    auto payment = books.paymentDigest(941);
    REQUIRE(payment.ok());
    REQUIRE(payment->has_value());
    CHECK((*payment)->toStdString() == "21e9da73a6fb3ff63287173be7fbc7dce1e82fdf0d720b4b48fd5e70514f53c1");
    // Rows that are not there have no digest.
    CHECK(!books.documentDigest(999).value().has_value());
    CHECK(!books.paymentDigest(999).value().has_value());
}
