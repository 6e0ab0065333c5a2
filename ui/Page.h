#pragma once

#include <QWidget>

class CompanySession;
class QUndoStack;

// The verbs of the main window's toolbar and shortcuts; the current page decides what each means.
enum class PageAction { New, Find, Post, RegisterPayment, Print };

// One page of the main window (Dashboard, Invoices, ...). A page reloads from the database when
// the company file changed, lazily: at once when visible, else the next time it is shown.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(CompanySession &session, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void refresh() = 0;
    virtual bool canDo(PageAction action) const;
    virtual void doAction(PageAction action);
    virtual QUndoStack *undoStack() const { return nullptr; }

signals:
    // The enabled state of the actions (or the undo stack) may have changed.
    void actionsChanged();
    // Says what just happened, in the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    CompanySession &m_session;

private:
    void onDataChanged();
    bool m_stale = true;
};
