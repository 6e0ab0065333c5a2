#pragma once

#include "DocumentRepository.h"
#include "Navigator.h"

#include <QWidget>

#include <optional>

class BulkExportDialog;
class BulkSendDialog;
class CompanySession;
class CustomerPicker;
class InvoiceListModel;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The invoice and credit note list: filters (status, type, dates, customer, overdue, trash),
// instant search, the paged table and the totals of the filtered set.
class InvoiceListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit InvoiceListWidget(CompanySession &session, QWidget *parent = nullptr);

    InvoiceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void applyPreset(InvoicePreset preset, qint64 customerId = 0, const QString &customerName = {});
    void reload();
    void focusSearch();
    std::optional<DocumentSummary> currentSummary() const;
    DocumentFilter currentFilter() const;
    // The selected rows that are posted documents, by id.
    QList<qint64> selectedPostedIds() const;
    // Bulk verbs on the selection; each opens its dialog (returned) or says why not.
    BulkSendDialog *sendSelection();
    // A CSV list of numbers (and optional addresses): the listed documents, unknown numbers
    // reported in the dialog.
    BulkSendDialog *sendList(const QString &csvPath);
    BulkExportDialog *exportSelection();

signals:
    void documentActivated(qint64 documentId);
    void currentChanged();

private:
    void applyFilter();
    BulkSendDialog *openBulkSend(const QList<qint64> &ids, const QHash<qint64, QString> &addresses,
                                 const QStringList &refusals);
    void updateTotals();

    CompanySession &m_session;
    InvoiceListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_sent;
    CustomerPicker *m_customer;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_overdue;
    QCheckBox *m_trash;
    MessageBanner *m_banner;
    QTableView *m_view;
    QLabel *m_totals;
    QTimer *m_searchTimer;
    bool m_applying = false;
};
