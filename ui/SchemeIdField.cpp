#include "SchemeIdField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

SchemeIdField::SchemeIdField(const char *name, const QList<EInvoiceNames::Scheme> &schemes, QWidget *parent)
    : QWidget(parent)
    , m_schemes(schemes)
    , m_scheme(new QComboBox(this))
    , m_id(new QLineEdit(this))
{
    const QString base = QString::fromLatin1(name);
    setObjectName(base);
    m_scheme->setObjectName(base + QStringLiteral("Scheme"));
    m_id->setObjectName(base + QStringLiteral("Id"));
    m_scheme->addItem(tr("None"), QString());
    for (const EInvoiceNames::Scheme &s : schemes)
        m_scheme->addItem(s.key.at(0).isDigit() ? QStringLiteral("%1 %2").arg(s.key, s.name) : s.name, s.key);
    // The names may be long: the list opens wide, the field stays narrow.
    m_scheme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scheme->setMinimumContentsLength(10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scheme, 1);
    layout->addWidget(m_id, 1);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &SchemeIdField::showExample);
    setFocusProxy(m_scheme);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // a form row, not a stretch
}

void SchemeIdField::setValue(const QString &scheme, const QString &id)
{
    int index = m_scheme->findData(scheme);
    if (index < 0) { // a scheme stored by an import or the command line, not in our list
        m_scheme->addItem(scheme, scheme);
        index = m_scheme->count() - 1;
    }
    m_scheme->setCurrentIndex(index);
    m_id->setText(id);
    showExample();
}

QString SchemeIdField::scheme() const
{
    return m_scheme->currentData().toString();
}

QString SchemeIdField::id() const
{
    return m_id->text().trimmed();
}

void SchemeIdField::showExample()
{
    QString example;
    for (const EInvoiceNames::Scheme &s : m_schemes)
        if (s.key == scheme())
            example = s.example;
    m_id->setPlaceholderText(example);
}
