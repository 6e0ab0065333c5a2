#pragma once

#include <QPair>
#include <QString>
#include <QStringList>

class PageFlow;
class RenderContext;

// The top of a document's first page: letterhead (logo, seller), title, the customer's
// address and the document's key facts (number, dates, reference).
class DocumentHeader
{
public:
    explicit DocumentHeader(const RenderContext &context) : m_context(context) {}

    void addTo(PageFlow &flow) const;

    // The label/value pairs printed right of the customer's address.
    QList<QPair<QString, QString>> facts() const;
    QStringList sellerLines() const;
    QStringList customerLines() const;

private:
    void addLetterhead(PageFlow &flow) const;
    void addAddressAndFacts(PageFlow &flow) const;

    const RenderContext &m_context;
};
