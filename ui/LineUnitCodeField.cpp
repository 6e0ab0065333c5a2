#include "LineUnitCodeField.h"

#include "DocumentLine.h"
#include "UnitCodes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

LineUnitCodeField::LineUnitCodeField(QWidget *parent)
    : QWidget(parent)
    , m_codes(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("lineUnitCodeField"));
    m_codes->setObjectName(QStringLiteral("lineUnitCode"));
    m_hint->setObjectName(QStringLiteral("lineUnitCodeHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    for (const UnitCodes::Code &c : UnitCodes::codes())
        m_codes->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(c.code), QString::fromUtf8(c.name)),
            QString::fromLatin1(c.code));
    m_codes->setToolTip(tr("The UN/ECE unit code e-invoices give for the quantity of the selected line. It follows "
                           "the unit typed on the line unless you choose another here."));
    m_codes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("Unit code"), this);
    label->setBuddy(m_codes);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_codes);
    layout->addWidget(m_hint);
    connect(m_codes, &QComboBox::activated, this, [this] {
        const QString chosen = code();
        if (chosen != m_current)
            emit unitCodeChosen(chosen);
    });
    setLine(nullptr, false);
}

QString LineUnitCodeField::code() const
{
    return m_codes->currentData().toString();
}

void LineUnitCodeField::setLine(const DocumentLine *line, bool editable)
{
    m_current = line ? (line->unitCode.isEmpty() ? UnitCodes::fromUnitText(line->unit) : line->unitCode) : QString();
    int index = m_codes->findData(m_current);
    if (index < 0 && !m_current.isEmpty()) { // a code stored by an import, not in our list
        m_codes->addItem(m_current, m_current);
        index = m_codes->count() - 1;
    }
    m_codes->setCurrentIndex(index);
    m_codes->setEnabled(line && editable);
    if (!line)
        m_hint->clear();
    else if (m_current == UnitCodes::fromUnitText(line->unit) && UnitCodes::isListed(line->unit))
        m_hint->setText(tr("from the unit \"%1\"").arg(line->unit));
    else if (m_current == UnitCodes::fromUnitText(line->unit))
        m_hint->setText(tr("the unit \"%1\" has no code of its own").arg(line->unit));
    else
        m_hint->setText(tr("chosen for this line"));
}
