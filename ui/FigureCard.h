#pragma once

#include <QFrame>

class ElidedLabel;
class QLabel;

// One figure of the dashboard (title, value, a line of context), clickable with the mouse or
// the keyboard to open the list behind it.
class FigureCard : public QFrame
{
    Q_OBJECT
public:
    FigureCard(const QString &title, const QString &accent, QWidget *parent = nullptr);

    void setFigure(const QString &value, const QString &detail);
    QString value() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    ElidedLabel *m_detail;
};
