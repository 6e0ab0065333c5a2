#include "PostedTotalsRepository.h"

#include "SqlStatement.h"

Status PostedTotalsRepository::forEach(const std::function<bool(const StoredTotals &)> &visit)
{
    // Three ordered reads walked side by side: the documents, their lines, their tax lines.
    SqlStatement docs(m_db, "SELECT id, number, currency, total_net, total_tax, total_gross FROM documents "
                            "WHERE status <> 'draft' ORDER BY id");
    SqlStatement lines(m_db, "SELECT l.document_id, l.quantity, l.unit_price, l.discount, l.tax_category, "
                             "l.tax_rate, l.exemption_reason, l.line_net FROM document_lines l "
                             "JOIN documents d ON d.id = l.document_id WHERE d.status <> 'draft' "
                             "ORDER BY l.document_id, l.id");
    SqlStatement taxes(m_db, "SELECT t.document_id, t.tax_category, t.tax_rate, t.exemption_reason, t.base, t.tax "
                             "FROM document_tax_lines t ORDER BY t.document_id, t.id");
    const QString doing = tr("read the documents to check them");
    FACTURO_TRY(docs.exec(doing));
    FACTURO_TRY(lines.exec(doing));
    FACTURO_TRY(taxes.exec(doing));
    bool lineValid = lines.next();
    bool taxValid = taxes.next();
    while (docs.next()) {
        StoredTotals doc;
        doc.id = docs.integer(0);
        doc.number = docs.text(1);
        doc.currency = docs.text(2);
        doc.net = docs.integer(3);
        doc.tax = docs.integer(4);
        doc.gross = docs.integer(5);
        while (lineValid && lines.integer(0) < doc.id)
            lineValid = lines.next();
        for (; lineValid && lines.integer(0) == doc.id; lineValid = lines.next())
            doc.lines.append({lines.integer(1), lines.integer(2), lines.integer(3), lines.integer(5), lines.integer(7),
                lines.text(4), lines.text(6)});
        while (taxValid && taxes.integer(0) < doc.id)
            taxValid = taxes.next();
        for (; taxValid && taxes.integer(0) == doc.id; taxValid = taxes.next())
            doc.taxes.append({taxes.text(1), taxes.text(3), taxes.integer(2), taxes.integer(4), taxes.integer(5)});
        if (!visit(doc))
            break;
    }
    return {};
}
