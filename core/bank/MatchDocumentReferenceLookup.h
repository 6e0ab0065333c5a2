#pragma once

#include "DocumentRepository.h"
#include "MatchReferenceLookup.h"

// The structured references frozen on posted invoices at posting (schema 14): the open invoice
// that carries the reference, in any written form PaymentReference reads.
class MatchDocumentReferenceLookup : public MatchReferenceLookup
{
public:
    explicit MatchDocumentReferenceLookup(const DocumentRepository &documents) : m_documents(documents) {}
    qint64 invoiceFor(const QString &reference) const override
    {
        auto found = m_documents.findOpenByPaymentReference(reference);
        return found.ok() && found->has_value() ? found->value().id : 0;
    }

private:
    const DocumentRepository &m_documents;
};
