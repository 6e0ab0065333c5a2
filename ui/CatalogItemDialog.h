#pragma once

#include "CatalogItem.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;

// Adds or edits a catalog item: what the lines of an invoice complete from.
class CatalogItemDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogItemDialog(CompanySession &session, const CatalogItem &item, QWidget *parent = nullptr);

    void accept() override;

private:
    CompanySession &m_session;
    CatalogItem m_item;
    MessageBanner *m_banner;
    QLineEdit *m_sku;
    QComboBox *m_kind;
    QLineEdit *m_description;
    QLineEdit *m_unit;
    QComboBox *m_unitCode;
    QLineEdit *m_price;
    QComboBox *m_tax;
    QCheckBox *m_active;
};
