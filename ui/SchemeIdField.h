#pragma once

#include "EInvoiceNames.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

// An identifier and its scheme (a registration, an electronic address): a list of the schemes
// by their readable names, "None" first, and the identifier beside it. The scheme's example is
// the identifier's placeholder. Widgets named <name>Scheme and <name>Id.
class SchemeIdField : public QWidget
{
    Q_OBJECT
public:
    SchemeIdField(const char *name, const QList<EInvoiceNames::Scheme> &schemes, QWidget *parent = nullptr);

    void setValue(const QString &scheme, const QString &id);
    QString scheme() const;
    QString id() const;
    QComboBox *schemeBox() const { return m_scheme; }
    QLineEdit *idEdit() const { return m_id; }

private:
    void showExample();

    QList<EInvoiceNames::Scheme> m_schemes;
    QComboBox *m_scheme;
    QLineEdit *m_id;
};
