#pragma once

#include "ContractService.h"
#include "Ledger.h"

#include <QString>
#include <QStringList>

namespace ContractTests {
// A monthly contract of `customerId` from `start` with one line "text" at `price` (20 %).
qint64 addMonthly(Ledger &ledger, qint64 customerId, const QDate &start, const QString &text, const QString &price,
    ContractAction action = ContractAction::Draft, int every = 1);
ContractVersion price(
    const QString &unitPrice, const QString &rate = QStringLiteral("20"), const QDate &from = QDate());
// facturo-cli (FACTURO_CLI) on `db`; returns the exit code.
int cli(const QString &db, const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);
// The occurrences of the file: "contract:occurrence" → how many times each was made.
QHash<QString, int> occurrenceCounts(Ledger &ledger);
} // namespace ContractTests
