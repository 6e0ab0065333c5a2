#pragma once

#include "Database.h"
#include "Quotation.h"

#include <QList>

struct QuotationSummary
{
    qint64 id = 0;
    QString number;
    QString customerName;
    QuotationStatus status = QuotationStatus::Draft;
    QDate issueDate;
    QDate validUntil;
    qint64 totalGross = 0;
};

class QuotationRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuotationRepository)
public:
    explicit QuotationRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Quotation &quotation, const QDateTime &nowUtc); // with its lines
    Status replaceLines(qint64 id, const QList<DocumentLine> &lines, const QDateTime &nowUtc);
    Status setStatus(qint64 id, QuotationStatus status, const QString &number, qint64 serviceOrderId,
                     const QDateTime &nowUtc);
    Result<Quotation> find(qint64 id) const;
    Result<QList<QuotationSummary>> list(const QString &search = {}, int limit = 1000) const;

private:
    Database &m_db;
};
