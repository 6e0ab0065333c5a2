#pragma once

#include <QLabel>

// A line of text above a form or list that says what went wrong (or right), in place,
// without a modal box in the way. Hidden while it has nothing to say.
class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Info };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    void clearMessage();
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Error;
};
