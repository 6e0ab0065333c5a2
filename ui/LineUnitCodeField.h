#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
struct DocumentLine;

// The UN/ECE Rec 20 unit code (BT-130) of the line the clerk is on, under the lines of the
// draft editor: the code e-invoices carry, mapped from the unit text unless chosen here.
// objectNames: lineUnitCode (the list), lineUnitCodeHint.
class LineUnitCodeField : public QWidget
{
    Q_OBJECT
public:
    explicit LineUnitCodeField(QWidget *parent = nullptr);

    // nullptr: no line is current (the field is disabled).
    void setLine(const DocumentLine *line, bool editable);
    QString code() const;

signals:
    void unitCodeChosen(const QString &code);

private:
    QComboBox *m_codes;
    QLabel *m_hint;
    QString m_current;
};
