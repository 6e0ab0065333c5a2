#include "FigureCard.h"

#include "ElidedLabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

FigureCard::FigureCard(const QString &title, const QString &accent, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(this)), m_detail(new ElidedLabel(this))
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumWidth(170);
    setStyleSheet(QStringLiteral("FigureCard { background: white; border: 1px solid #dde2e8; border-radius: 8px; "
                                 "border-top: 4px solid %1; }"
                                 "FigureCard:hover, FigureCard:focus { border-color: %1; }")
                      .arg(accent));
    // Two lines for a long title ("Factures de contrat à émettre"), cut with a tooltip beyond.
    auto *heading = new ElidedLabel(title, this);
    heading->setObjectName(QStringLiteral("figureTitle"));
    heading->setMaximumLines(2);
    heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    heading->setStyleSheet(QStringLiteral("color: #5f6b7a; font-weight: 600;"));
    m_value->setObjectName(QStringLiteral("figureValue"));
    QFont font = m_value->font();
    font.setPointSizeF(font.pointSizeF() * 1.9);
    font.setBold(true);
    m_value->setFont(font);
    m_value->setStyleSheet(QStringLiteral("color: #1b2430;"));
    m_detail->setObjectName(QStringLiteral("figureDetail"));
    m_detail->setMaximumLines(2);
    m_detail->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void FigureCard::setFigure(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
}

QString FigureCard::value() const
{
    return m_value->text();
}

void FigureCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}
