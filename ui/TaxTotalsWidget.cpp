#include "TaxTotalsWidget.h"

#include "UiFormat.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>

TaxTotalsWidget::TaxTotalsWidget(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(3);
    setMinimumWidth(300);
}

void TaxTotalsWidget::setTotals(const DocumentTotals &totals, const QString &currency)
{
    m_totals = totals;
    m_currency = currency;
    rebuild();
}

void TaxTotalsWidget::setSettlement(qint64 paid, qint64 credited, qint64 due, const QString &currency)
{
    m_hasSettlement = true;
    m_paid = paid;
    m_credited = credited;
    m_due = due;
    m_currency = currency;
    rebuild();
}

void TaxTotalsWidget::clearSettlement()
{
    m_hasSettlement = false;
    rebuild();
}

QString TaxTotalsWidget::totalText() const
{
    return m_total ? m_total->text() : QString();
}

void TaxTotalsWidget::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_total = nullptr;
    int row = 0;
    auto add = [&](const QString &label, const QString &value, const char *name, bool strong = false) {
        auto *l = new QLabel(label, this);
        auto *v = new QLabel(value, this);
        v->setObjectName(QString::fromLatin1(name));
        v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (strong) {
            QFont font = v->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.25);
            v->setFont(font);
            l->setFont(font);
        }
        m_grid->addWidget(l, row, 0);
        m_grid->addWidget(v, row, 1);
        ++row;
        return v;
    };
    auto rule = [&] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Plain);
        line->setStyleSheet(QStringLiteral("color: #d5d9df;"));
        m_grid->addWidget(line, row++, 0, 1, 2);
    };
    for (const TaxSubtotal &s : std::as_const(m_totals.subtotals)) {
        add(tr("%1 on %2").arg(UiFormat::percent(s.rate), UiFormat::money(s.base, m_currency)),
            UiFormat::money(s.tax, m_currency), "totalsTaxRow");
    }
    if (!m_totals.subtotals.isEmpty())
        rule();
    add(tr("Net"), UiFormat::money(m_totals.net, m_currency), "totalsNet");
    add(tr("Tax"), UiFormat::money(m_totals.tax, m_currency), "totalsTax");
    m_total = add(tr("Total"), UiFormat::money(m_totals.gross, m_currency), "totalsGross", true);
    if (m_hasSettlement) {
        rule();
        if (m_paid != 0)
            add(tr("Paid"), UiFormat::money(-m_paid, m_currency), "totalsPaid");
        if (m_credited != 0)
            add(tr("Credited"), UiFormat::money(-m_credited, m_currency), "totalsCredited");
        add(tr("Amount due"), UiFormat::money(m_due, m_currency), "totalsDue", true);
    }
    m_grid->setRowStretch(row, 1);
}
