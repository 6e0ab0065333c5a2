#include "TestDatabase.h"
#include "Transaction.h"

#include <QHash>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

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

TEST_CASE("a typed document number is found through the number column: exact, prefix, any case, not found")
{
    TestLedger t;
    QStringList numbers;
    for (int i = 0; i < 12; ++i)
        numbers << t.postNew();
    // A part code looks like a number but begins none: the line text still finds it.
    const qint64 draft = t.draftWith({{QStringLiteral("Refrigerant R-410A, 2 kg"), QStringLiteral("1"),
        QStringLiteral("90"), QStringLiteral("20")}});

    CHECK(found(t, numbers.at(10)).join(QLatin1Char(',')) == numbers.at(10));
    CHECK(found(t, numbers.at(10).toLower()).join(QLatin1Char(',')) == numbers.at(10));
    // "INV-2026-0001" begins INV-2026-00010 to INV-2026-00012, newest first.
    CHECK(found(t, numbers.at(9).chopped(1)) == QStringList {numbers.at(11), numbers.at(10), numbers.at(9)});
    CHECK(found(t, QStringLiteral("INV-2026-")).size() == 12);
    CHECK(found(t, QStringLiteral("INV-2099-00001")).isEmpty());
    CHECK(found(t, QStringLiteral("INV-2026-00013")).isEmpty());
    CHECK(found(t, QStringLiteral("R-410A")) == QStringList {QStringLiteral("draft %1").arg(draft)});

    DocumentFilter filter;
    filter.search = QStringLiteral("INV-2026-0001");
    CHECK(t->context().documents.totals(filter).value().count == 3);
    filter.search = QStringLiteral("INV-2099");
    CHECK(t->context().documents.totals(filter).value().count == 0);
}

TEST_CASE("a text search is listed newest first, page by page, with the other filters and its totals")
{
    TestLedger t;
    const qint64 other = t.addCustomer(QStringLiteral("Garage Gerland"));
    QList<qint64> all, ofOther; // documents that match "thermostat", newest first
    QList<qint64> valves; // the others, oldest first
    QHash<qint64, qint64> customerOf;
    {
        Transaction outer(t->database());
        REQUIRE(outer.began().ok());
        for (int i = 0; i < 700; ++i) {
            const bool match = i % 2 == 0;
            const qint64 customer = i % 3 == 0 ? other : t.customerId();
            const qint64 id
                = t.draftWith({{match ? QStringLiteral("Thermostat %1").arg(i) : QStringLiteral("Valve %1").arg(i),
                                  QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("20")}},
                    customer);
            customerOf.insert(id, customer);
            if (!match)
                valves.append(id);
            if (match) {
                all.prepend(id);
                if (customer == other)
                    ofOther.prepend(id);
            }
        }
        // An old draft gets a thermostat line now: a young line on an old document.
        const qint64 old = valves.at(1);
        REQUIRE(t->drafts()
                    .addLine(old,
                        makeLine(QStringLiteral("Thermostat added later"), QStringLiteral("1"), QStringLiteral("5")))
                    .ok());
        all.append(old);
        std::sort(all.begin(), all.end(), std::greater<>());
        if (customerOf.value(old) == other)
            ofOther.append(old);
        REQUIRE(outer.commit().ok());
    }
    auto page = [&](const DocumentFilter &filter, qint64 offset, qint64 limit) {
        QList<qint64> ids;
        for (const DocumentSummary &s : t->context().documents.list(filter, offset, limit).value())
            ids << s.id;
        return ids;
    };
    DocumentFilter filter;
    filter.search = QStringLiteral("thermostat");
    CHECK(page(filter, 0, 100) == all.mid(0, 100));
    CHECK(page(filter, 0, 1) == all.mid(0, 1));
    QList<qint64> pages;
    for (qint64 offset = 0; offset < all.size() + 50; offset += 70)
        pages += page(filter, offset, 70);
    CHECK(pages == all);
    CHECK(page(filter, all.size() - 3, 10) == all.mid(all.size() - 3));
    CHECK(page(filter, all.size(), 10).isEmpty());
    CHECK(t->context().documents.totals(filter).value().count == all.size());

    // With another filter only its documents count, still in order.
    DocumentFilter byCustomer = filter;
    byCustomer.customerId = other;
    std::sort(ofOther.begin(), ofOther.end(), std::greater<>());
    CHECK(page(byCustomer, 0, 50) == ofOther.mid(0, 50));
    CHECK(page(byCustomer, 50, 500) == ofOther.mid(50));
    CHECK(t->context().documents.totals(byCustomer).value().count == ofOther.size());

    // Drafts in the trash leave the list.
    REQUIRE(t->drafts().moveToTrash(all.first()).ok());
    CHECK(page(filter, 0, 3) == all.mid(1, 3));
}

TEST_CASE("a word only old documents have is listed in full, page by page, also past the first window")
{
    // The newest documents do not have the word: on a server the words' index is asked at once,
    // and more hits than the first window are read; they must still be exactly the list's.
    TestLedger t;
    QList<qint64> valves; // newest first
    QList<qint64> newer;
    {
        Transaction outer(t->database());
        REQUIRE(outer.began().ok());
        for (int i = 0; i < 300; ++i)
            valves.prepend(t.draftWith({{QStringLiteral("Valve %1").arg(i), QStringLiteral("1"), QStringLiteral("10"),
                QStringLiteral("20")}}));
        for (int i = 0; i < 320; ++i)
            newer.append(t.draftWith({{QStringLiteral("Thermostat %1").arg(i), QStringLiteral("1"),
                QStringLiteral("10"), QStringLiteral("20")}}));
        // A young valve line on a new document, and one on an old document that has none.
        REQUIRE(t->drafts()
                    .addLine(newer.at(100),
                        makeLine(QStringLiteral("Valve fitted"), QStringLiteral("1"), QStringLiteral("5")))
                    .ok());
        REQUIRE(outer.commit().ok());
    }
    valves.prepend(newer.at(100));
    auto page = [&](qint64 offset, qint64 limit) {
        DocumentFilter filter;
        filter.search = QStringLiteral("valve");
        QList<qint64> ids;
        for (const DocumentSummary &s : t->context().documents.list(filter, offset, limit).value())
            ids << s.id;
        return ids;
    };
    CHECK(page(0, 100) == valves.mid(0, 100));
    CHECK(page(250, 100) == valves.mid(250));
    QList<qint64> pages;
    for (qint64 offset = 0; offset < valves.size() + 40; offset += 90)
        pages += page(offset, 90);
    CHECK(pages == valves);
    DocumentFilter filter;
    filter.search = QStringLiteral("valve");
    CHECK(t->context().documents.totals(filter).value().count == valves.size());
}

TEST_CASE("a part of a number finds the document: its sequence, or its year and the start of its sequence")
{
    TestLedger t;
    QStringList numbers;
    {
        Transaction outer(t->database());
        REQUIRE(outer.began().ok());
        for (int i = 0; i < 45; ++i)
            numbers << t.postNew(QString::number(100 + i));
        REQUIRE(outer.commit().ok());
    }
    const QString target = numbers.at(41); // INV-2026-00042
    const QString sequence = target.section(QLatin1Char('-'), -1); // "00042"
    const QString yearAndStart = target.mid(target.indexOf(QLatin1Char('-')) + 1).chopped(1); // "2026-0004"
    REQUIRE(sequence.size() == 5);
    CHECK(found(t, sequence) == QStringList{target});
    const QStringList decade = found(t, yearAndStart); // 00040 to 00045, newest first
    CHECK(decade.size() == 6);
    CHECK(decade.contains(target));
    CHECK_FALSE(decade.contains(numbers.at(38)));
    CHECK(found(t, yearAndStart.toLower()) == decade);
    CHECK(found(t, QStringLiteral("2026-9999")).isEmpty());

    // After the head of every numbering in use: the first invoice and its credit note.
    const qint64 first = t->context().documents.idByNumber(numbers.first()).value();
    const qint64 note = t->creditNotes().createDraft(first, QStringLiteral("Cancelled")).value();
    const QString noteNumber = t->posting().post(note).value();
    const QString firstYearAndSequence = numbers.first().section(QLatin1Char('-'), 1); // "2026-00001"
    REQUIRE(noteNumber.endsWith(firstYearAndSequence));
    CHECK(found(t, firstYearAndSequence) == QStringList{noteNumber, numbers.first()});
    DocumentFilter both;
    both.search = firstYearAndSequence;
    CHECK(t->context().documents.totals(both).value().count == 2);
}
