#include "TestDatabase.h"

#include <catch2/catch.hpp>

namespace {
QStringList found(TestLedger &t, const QString &text)
{
    DocumentFilter filter;
    filter.search = text;
    QStringList names;
    for (const DocumentSummary &s : t->context().documents.list(filter, 0, 100).value())
        names << (s.number.isEmpty() ? QStringLiteral("draft %1").arg(s.id) : s.number);
    return names;
}
} // namespace

TEST_CASE("the document list finds by number, customer name without accents and line text")
{
    TestLedger t;
    const qint64 hotel = t.addCustomer(QStringLiteral("Hôtel du Parc"));
    const qint64 first = t.draftWith({{QStringLiteral("Compressor relay"), QStringLiteral("1"), QStringLiteral("80"),
                                       QStringLiteral("20")}},
                                     hotel);
    const QString number = t->posting().post(first).value();
    const qint64 draft = t.draftWith({{QStringLiteral("Filtre à air G4"), QStringLiteral("2"), QStringLiteral("18.90"),
                                       QStringLiteral("20")}});
    const QString other = t.postNew();

    CHECK(found(t, number).join(QLatin1Char(',')) == number);
    CHECK(found(t, QStringLiteral("INV-2026-0000")).size() == 2); // a prefix of both numbers
    CHECK(found(t, QStringLiteral("hotel parc")).join(QLatin1Char(',')) == number);
    CHECK(found(t, QStringLiteral("HÔTEL")).join(QLatin1Char(',')) == number);
    CHECK(found(t, QStringLiteral("relay")).join(QLatin1Char(',')) == number);
    CHECK(found(t, QStringLiteral("filtre a air")).join(QLatin1Char(',')) == QStringLiteral("draft %1").arg(draft));
    CHECK(found(t, QStringLiteral("boulangerie")).contains(other));
    CHECK(found(t, QStringLiteral("nothing-like-this")).isEmpty());
    // Search syntax typed by a user is only text.
    CHECK(found(t, QStringLiteral("\" OR * NEAR(")).isEmpty());
    // If OR were read as an operator this would find the relay invoice: it is a word like any other.
    CHECK(found(t, QStringLiteral("relay\" OR \"x")).isEmpty());

    // Edits of a draft's lines keep the search current.
    const Document d = t->context().documents.find(draft).value();
    DocumentLine line = d.lines.first();
    line.description = QStringLiteral("Thermostat Wi-Fi");
    REQUIRE(t->drafts().updateLine(draft, line).ok());
    CHECK(found(t, QStringLiteral("filtre")).isEmpty());
    CHECK(found(t, QStringLiteral("thermostat")).join(QLatin1Char(',')) == QStringLiteral("draft %1").arg(draft));
}
