#pragma once

#include "CatalogItem.h"
#include "DocumentLine.h"
#include "Result.h"
#include "TaxRate.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <optional>

// The lines of one invoice or credit note. Read-only for posted documents; for a draft every
// cell is editable in place and a last, empty row takes a new line. An edit does not change
// the lines here: it is handed to the editor (which runs it through an undo command and the
// DraftService) and the lines come back from the database.
class DocumentLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Description, Quantity, Unit, UnitPrice, Discount, TaxRate, Net, ColumnCount };
    enum Role { TaxRateIdRole = Qt::UserRole + 1 };
    // row: the line's row (== lines().size() for the new-line row); returns whether it was done.
    using EditHandler = std::function<Status(int row, const DocumentLine &edited)>;

    explicit DocumentLinesModel(QObject *parent = nullptr);

    void setCurrency(const QString &currency) { m_currency = currency; }
    void setTaxRates(const QList<::TaxRate> &rates) { m_taxRates = rates; }
    void setCatalog(const QList<CatalogItem> &items) { m_catalog = items; }
    void setEditable(bool editable, EditHandler handler = {});
    void setLines(const QList<DocumentLine> &lines);

    const QList<DocumentLine> &lines() const { return m_lines; }
    const QList<::TaxRate> &taxRates() const { return m_taxRates; }
    const QList<CatalogItem> &catalog() const { return m_catalog; }
    bool isNewLineRow(int row) const { return m_editable && row == m_lines.size(); }
    // A row that keeps its former content while rows are inserted or removed after it.
    struct Held
    {
        int row = -1;
        std::optional<DocumentLine> line; // empty: the new-line row
    };
    QString taxRateName(const DocumentLine &line) const;
    qint64 taxRateIdOf(const DocumentLine &line) const;
    // A fresh line with the default tax rate, for the new-line row.
    DocumentLine blankLine() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An edit could not be read or was refused; the message says why.
    void editRejected(const QString &message);

private:
    Result<DocumentLine> edited(const DocumentLine &line, int column, const QVariant &value) const;
    QString editText(const DocumentLine &line, int column) const;

    QString m_currency = QStringLiteral("EUR");
    QList<::TaxRate> m_taxRates;
    QList<CatalogItem> m_catalog;
    QList<DocumentLine> m_lines;
    bool m_editable = false;
    EditHandler m_handler;
    std::optional<Held> m_held;
};
