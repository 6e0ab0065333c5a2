#pragma once

#include <QWidget>

class CompanySession;
class QUndoStack;

// The verbs of the main window's toolbar and shortcuts; the current page decides what each means.
enum class PageAction { New, Find, Post, RegisterPayment, Print };

// One page of the main window (Dashboard, Invoices, ...). A page reloads from the database when
// the company file changed, lazily: at once when visible, else the next time it is shown. Another
// clerk's change (a company on a server) reloads it the same way, but never under the clerk's
// fingers: while a field of the page is being edited, the reload waits until the focus leaves it.
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
    // A field that a reload leaves as it is (a search field): typing there does not hold a reload.
    static void keepThroughReloads(QWidget *field);

signals:
    // The enabled state of the actions (or the undo stack) may have changed.
    void actionsChanged();
    // Says what just happened, in the status bar.
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    // What another clerk's change reloads (by default what refresh() does). A page whose
    // refresh() would throw away input not yet saved keeps that input.
    virtual void refreshForOthers() { refresh(); }
    // Whether the clerk is typing in a field of this page.
    bool isEditing() const;
    CompanySession &m_session;

private:
    void onDataChanged();
    void onOthersChanged();
    void onFocusChanged();
    bool m_stale = true;
    bool m_othersPending = false;
};
