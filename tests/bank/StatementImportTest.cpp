#include "BankCsvReader.h"
#include "BankTestSupport.h"
#include "ReconciliationService.h"
#include "StatementImportService.h"

#include <catch2/catch.hpp>

using namespace BankTest;

TEST_CASE("a statement imported twice is recognised and changes nothing")
{
    TestLedger t;
    StatementImportService importer(t.ledger());
    REQUIRE(ReconciliationService(t.ledger()).setAutoApplyReferences(false).ok());
    auto first = importer.importBytes(readData(QStringLiteral("bank_camt053_v02.xml")), {});
    INFO(first.message().toStdString());
    REQUIRE(first.ok());
    CHECK(first->read == 6);
    CHECK(first->added == 6);
    CHECK(first->known == 0);
    CHECK(first->debits == 2);
    CHECK(first->returned == 1);
    CHECK(first->charges == 35);
    const QString before = t.dump();
    auto second = importer.importBytes(readData(QStringLiteral("bank_camt053_v02.xml")), {});
    REQUIRE(second.ok());
    CHECK(second->read == 6);
    CHECK(second->added == 0);
    CHECK(second->known == 6);
    CHECK(t.dump() == before);

    // The same entry announced by a camt.054 notification first, then in the day's statement.
    CamtTestStatement n;
    n.message = QStringLiteral("camt.054");
    n.id = QStringLiteral("NOTE-1");
    StatementEntry e = credit(4200, QStringLiteral("acompte chantier"));
    e.servicerRef = QStringLiteral("BANK-REF-9");
    n.entries = {{e}};
    REQUIRE(importer.importBytes(CamtTestWriter::write(n), {})->added == 1);
    CamtTestStatement s = n;
    s.message = QStringLiteral("camt.053");
    s.id = QStringLiteral("STMT-9");
    StatementEntry other = credit(777, QStringLiteral("another"));
    other.servicerRef = QStringLiteral("BANK-REF-10");
    s.entries = {{e}, {other}};
    auto day = importer.importBytes(CamtTestWriter::write(s), {});
    REQUIRE(day.ok());
    CHECK(day->added == 1);
    CHECK(day->known == 1);

    // Entries without any bank reference are known by their content.
    CamtTestStatement bare;
    bare.id = QStringLiteral("BARE");
    bare.entries = {{credit(100, QStringLiteral("same"))}, {credit(100, QStringLiteral("same"))}};
    REQUIRE(importer.importBytes(CamtTestWriter::write(bare), {})->added == 2); // two transfers alike
    CHECK(importer.importBytes(CamtTestWriter::write(bare), {})->known == 2);
}

TEST_CASE("a statement in another currency, for another account or not a statement changes nothing")
{
    TestLedger t;
    StatementImportService importer(t.ledger());
    const QString before = t.dump();
    CamtTestStatement usd;
    usd.currency = QStringLiteral("USD");
    StatementEntry e = credit(5000, QStringLiteral("INV-2026-00001"));
    e.currency = QStringLiteral("USD");
    usd.entries = {{e}};
    auto refused = importer.importBytes(CamtTestWriter::write(usd), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("is in USD but the company keeps its books in EUR")));
    // One foreign entry in a euro statement is enough to refuse the whole file.
    CamtTestStatement mixed;
    mixed.entries = {{credit(100)}, {e}};
    CHECK_FALSE(importer.importBytes(CamtTestWriter::write(mixed), {}).ok());

    CamtTestStatement elsewhere;
    elsewhere.accountIban = QStringLiteral("DE89370400440532013000");
    elsewhere.entries = {{credit(100)}};
    auto wrongAccount = importer.importBytes(CamtTestWriter::write(elsewhere), {});
    REQUIRE_FALSE(wrongAccount.ok());
    CHECK(wrongAccount.message().contains(QStringLiteral("--account")));
    CHECK(importer.importBytes(CamtTestWriter::write(elsewhere), QStringLiteral("FR76 3000 6000 0112 3456 7890 189"))
              .message()
              .contains(QStringLiteral("not FR76")));

    CHECK(importer.importBytes("Date;Amount\n01.03.2026;12,00\n", {}).message().contains(QStringLiteral("--profile")));
    CHECK(t.dump() == before);
    // Named, the other account's statement is taken.
    CHECK(importer.importBytes(CamtTestWriter::write(elsewhere), QStringLiteral("DE89370400440532013000"))->added == 1);
}

TEST_CASE("a CSV export is read with its bank's saved profile")
{
    TestLedger t;
    StatementImportService importer(t.ledger());
    BankCsvProfile p;
    p.name = QStringLiteral("Sparkasse");
    p.separator = QLatin1Char(';');
    p.decimalMark = QLatin1Char(',');
    p.dateFormat = QStringLiteral("dd.MM.yyyy");
    p.dateColumn = QStringLiteral("Buchungstag");
    p.valueDateColumn = QStringLiteral("Valuta");
    p.amountColumn = QStringLiteral("Betrag");
    p.nameColumn = QStringLiteral("Beguenstigter/Zahlungspflichtiger");
    p.ibanColumn = QStringLiteral("IBAN");
    p.remittanceColumn = QStringLiteral("Verwendungszweck");
    REQUIRE(importer.saveProfile(p).ok());
    auto saved = importer.profile(QStringLiteral("sparkasse"));
    REQUIRE(saved.ok());
    CHECK(saved->toJson() == p.toJson());
    const QByteArray csv = "Buchungstag;Valuta;Beguenstigter/Zahlungspflichtiger;IBAN;Verwendungszweck;Betrag\n"
                           "10.03.2026;10.03.2026;Dupont;DE89 3704 0044 0532 0130 00;INV-2026-00001;1.234,50\n"
                           "10.03.2026;10.03.2026;Stadtwerke;;Strom;-89,90\n"
                           "09.03.2026;09.03.2026;Martin;;\"Rechnung; Teil 2\";+20\n";
    auto done = importer.importBytes(csv, {}, &saved.value());
    INFO(done.message().toStdString());
    REQUIRE(done.ok());
    CHECK(done->format == QLatin1String("csv"));
    CHECK(done->added == 3);
    CHECK(done->debits == 1);
    auto entries = ReconciliationService(t.ledger()).entries().list(false);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).amount == 123450);
    CHECK(entries->at(0).debtorIban == QLatin1String("DE89370400440532013000"));
    CHECK(entries->at(0).valueDate == QDate(2026, 3, 10));
    CHECK_FALSE(entries->at(1).credit);
    CHECK(entries->at(2).remittance == QLatin1String("Rechnung; Teil 2"));
    CHECK(importer.importBytes(csv, {}, &saved.value())->known == 3);

    // Refusals name the row and what is wrong; nothing is stored.
    const QString before = t.dump();
    CHECK(importer.importBytes("Buchungstag;Betrag\n10.03.2026;12.5.0\n", {}, &saved.value())
              .message()
              .contains(QStringLiteral("Row 2")));
    CHECK(importer.importBytes("Buchungstag;Betrag\n2026-03-10;12,50\n", {}, &saved.value())
              .message()
              .contains(QStringLiteral("not a date")));
    CHECK(importer.importBytes("Datum;Betrag\n10.03.2026;12,50\n", {}, &saved.value())
              .message()
              .contains(QStringLiteral("no column 'Buchungstag'")));
    CHECK(t.dump() == before);
    CHECK(BankCsvReader::amount(QStringLiteral("1,234.50"), QLatin1Char('.'), QStringLiteral("EUR")).value() == 123450);
    CHECK_FALSE(BankCsvReader::amount(QStringLiteral("12,345"), QLatin1Char(','), QStringLiteral("EUR")).ok());
    BankCsvProfile bad = p;
    bad.decimalMark = QLatin1Char(';');
    CHECK_FALSE(importer.saveProfile(bad).ok());
}
