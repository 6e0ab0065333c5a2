#pragma once

#include "Page.h"
#include "Result.h"

class DocumentLinesModel;
class MessageBanner;
class Navigator;
class ElidedLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
struct QuotationSummary;
template<typename Row>
class RowTableModel;

// Quotations: the list, the lines of the selected one, and its verbs: send (gives it its
// number), accept into a service order or straight into a draft invoice, decline, expire.
class QuotationsPage : public Page
{
    Q_OBJECT
public:
    QuotationsPage(CompanySession &session, Navigator &navigator, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

private:
    void showCurrent();
    qint64 currentId() const;
    void run(const Status &status, const QString &whatHappened);

    Navigator &m_navigator;
    QLineEdit *m_search;
    MessageBanner *m_banner;
    RowTableModel<QuotationSummary> *m_model;
    QTableView *m_view;
    DocumentLinesModel *m_lines;
    ElidedLabel *m_details;
    QPushButton *m_send;
    QPushButton *m_toOrder;
    QPushButton *m_toInvoice;
    QPushButton *m_decline;
    QPushButton *m_expire;
};
