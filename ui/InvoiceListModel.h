#pragma once

#include "Clock.h"
#include "DocumentRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class BackgroundReader;

// The invoice and credit note list, paged over DocumentRepository::list. Rows are read in pages
// of PageSize when the view asks for them and only a bounded number of pages is kept, so
// scrolling anywhere, including straight to the last row, reads one page and memory stays flat
// whether the file holds ten invoices or a million. The row count comes from the totals of the
// filtered set (the totals row needs them anyway); with a BackgroundReader they are counted off
// the GUI thread: the first page shows at once and the rest of the rows appear when counted.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Type, Customer, IssueDate, DueDate, Total, AmountDue, Status, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 40;
    enum Role { IdRole = Qt::UserRole + 1 };

    InvoiceListModel(const DocumentRepository &documents, const Clock &clock, QString currency,
                     QObject *parent = nullptr);

    // Counts off the GUI thread from now on (none: counts in place, as tests of small files like).
    void setReader(BackgroundReader *reader) { m_reader = reader; }
    // Replaces the filter and recounts; the view starts again at the top.
    ::Status setFilter(const DocumentFilter &filter);
    // Reads the same filter again (after a change to the file).
    ::Status reload();
    const DocumentFilter &filter() const { return m_filter; }
    const DocumentTotalsRow &totals() const { return m_totals; }
    bool totalsKnown() const { return m_totalsKnown; }

    std::optional<DocumentSummary> summaryAt(int row) const;
    // Pages read from the database since the last filter (for tests and measurements).
    int pagesRead() const { return m_pagesRead; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the list in a column's order (column -1: newest first), in the database: the rows
    // and the totals stay, the pages are read again in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalsChanged();
    void loadFailed(const QString &message);

private:
    void requestTotals();
    void applyTotals(const Result<DocumentTotalsRow> &totals);
    const QList<DocumentSummary> *page(int pageIndex) const;
    QVariant display(const DocumentSummary &row, int column) const;
    bool isOverdue(const DocumentSummary &row) const;

    const DocumentRepository &m_documents;
    const Clock &m_clock;
    QString m_currency;
    DocumentFilter m_filter;
    DocumentTotalsRow m_totals;
    bool m_totalsKnown = false;
    int m_rows = 0;
    BackgroundReader *m_reader = nullptr;
    mutable QHash<int, QList<DocumentSummary>> m_pages;
    mutable QList<int> m_recent; // page indexes, most recently used last
    mutable int m_pagesRead = 0;
};
