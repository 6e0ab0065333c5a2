#include "MessageBanner.h"

MessageBanner::MessageBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    switch (kind) {
    case Kind::Error:
        setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd; "
                                     "border-radius: 4px; padding: 6px 10px; }"));
        break;
    case Kind::Warning:
        setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; color: #6b4a00; border: 1px solid #f3dca0; "
                                     "border-radius: 4px; padding: 6px 10px; }"));
        break;
    case Kind::Info:
        setStyleSheet(QStringLiteral("QLabel { background: #e8f3ec; color: #1d5b34; border: 1px solid #bfe0cb; "
                                     "border-radius: 4px; padding: 6px 10px; }"));
        break;
    }
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::clearMessage()
{
    clear();
    setVisible(false);
}
