#include "SequenceRepository.h"

#include "SqlStatement.h"

Result<qint64> SequenceRepository::next(const QString &docType, int period)
{
    SqlStatement q(m_db, "INSERT INTO number_sequences (doc_type, period, last_value) VALUES (:type, :period, 1) "
                         "ON CONFLICT (doc_type, period) DO UPDATE SET last_value = number_sequences.last_value + 1 "
                         "RETURNING last_value");
    q.bind(":type", docType).bind(":period", period);
    FACTURO_TRY(q.exec(tr("take the next number")));
    if (!q.next())
        return Error::storage(tr("Could not take the next number."));
    return q.integer(0);
}

Result<qint64> SequenceRepository::current(const QString &docType, int period) const
{
    SqlStatement q(m_db, "SELECT last_value FROM number_sequences WHERE doc_type = :type AND period = :period");
    q.bind(":type", docType).bind(":period", period);
    FACTURO_TRY(q.exec(tr("read the numbering")));
    return q.next() ? q.integer(0) : qint64(0);
}
