#pragma once

#include "Document.h"
#include "LedgerContext.h"

// Final, gapless numbers for posted documents (DESIGN.md "Numbers").
// Patterns: {YYYY} year, {YY} two-digit year, {MM} month, {SEQ} or {SEQ:n} the counter padded to n digits.
class NumberingService
{
    Q_DECLARE_TR_FUNCTIONS(NumberingService)
public:
    explicit NumberingService(LedgerContext &context) : m_ctx(context) {}

    static Status validatePattern(const QString &pattern, bool resetYearly);
    static QString format(const QString &pattern, const QDate &date, qint64 sequence);

    // Takes the next number of the type's sequence for a document issued on `date`. Call inside
    // the posting transaction: a rollback gives the number back, so numbers stay gapless.
    Result<QString> assign(const QString &sequenceKey, const QString &pattern, bool resetYearly, const QDate &date);
    Result<QString> assign(DocumentType type, const QDate &date);

private:
    LedgerContext &m_ctx;
};
