#pragma once

// Small helpers shared by the ledger behaviour tests in tests/core (header only).

#include "TestDatabase.h"
#include "TestResults.h"

#include <QString>

#include <catch2/catch.hpp>

#include <string>

namespace LedgerTest {

// The document as stored now (with its lines).
inline Document load(TestLedger &t, qint64 id)
{
    auto doc = t->context().documents.find(id);
    INFO("document " << id << ": " << doc.message().toStdString());
    REQUIRE(doc.ok());
    return doc.value();
}

inline PaymentRequest paymentOf(
    qint64 documentId, qint64 amount, const QDate &date = {}, PaymentMethod method = PaymentMethod::BankTransfer)
{
    PaymentRequest r;
    r.documentId = documentId;
    r.amount = amount;
    r.date = date;
    r.method = method;
    return r;
}

// Posts a draft and returns its id (the number is checked by the caller when it matters).
inline qint64 post(TestLedger &t, qint64 draftId)
{
    auto number = t->posting().post(draftId);
    INFO(number.message().toStdString());
    REQUIRE(number.ok());
    return draftId;
}

} // namespace LedgerTest
