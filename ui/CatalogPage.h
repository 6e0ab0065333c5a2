#pragma once

#include "Page.h"

class MessageBanner;
class QLineEdit;
class QTableView;
struct CatalogItem;
template<typename Row>
class RowTableModel;

// The catalog of services and parts that invoice lines complete from.
class CatalogPage : public Page
{
    Q_OBJECT
public:
    explicit CatalogPage(CompanySession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;
    bool canDo(PageAction action) const override;
    void doAction(PageAction action) override;

private:
    void edit(const CatalogItem &item);

    QLineEdit *m_search;
    MessageBanner *m_banner;
    RowTableModel<CatalogItem> *m_model;
    QTableView *m_view;
};
