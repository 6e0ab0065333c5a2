#pragma once

#include "BulkService.h"
#include "Ledger.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Bulk invoicing (issue 6): the Done service orders not yet invoiced → create all their drafts
// → review the drafts (uncheck any) → post them in one action, each in its own transaction.
// A progress bar with Cancel follows each run; a summary names what was refused and why.
class BulkPostDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BulkPostDialog(Ledger &ledger, QWidget *parent = nullptr);

    const BulkSummary &lastSummary() const { return m_summary; }
    // Lists again the Done orders and the drafts.
    void reload();

public slots:
    void createDrafts();
    void postDrafts();
    void cancel() { m_cancelled = true; }

signals:
    void changed(const QString &whatHappened);

private:
    QList<qint64> checkedIds(QListWidget *list) const;
    BulkProgress progress();
    void finish(const BulkSummary &summary, const QString &what);

    Ledger &m_ledger;
    QListWidget *m_orders;
    QListWidget *m_drafts;
    QProgressBar *m_progress;
    QPushButton *m_createDrafts;
    QPushButton *m_post;
    QPushButton *m_cancel;
    QLabel *m_summaryLabel;
    BulkSummary m_summary;
    bool m_cancelled = false;
    bool m_running = false;
};
