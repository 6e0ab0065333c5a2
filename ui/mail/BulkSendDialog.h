#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class Ledger;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// Sends a selection of posted invoices in one action: each gets its own message (its customer's
// contact, the template in its language, its archived PDF), queued one after the other with a
// progress bar, without blocking the window; then a summary says how many were queued and why
// the others were refused. Call MailSession::wake() afterwards (allQueued() says when).
// objectNames: bulkSendStart, bulkSendProgress, bulkSendSummary, bulkSendRefused.
class BulkSendDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSendDialog(Ledger &ledger, QList<qint64> documentIds, QWidget *parent = nullptr);

    void start();
    // Where each document goes when not to its customer's contact (a bulk-send list's addresses).
    void setAddresses(QHash<qint64, QString> addresses) { m_addresses = std::move(addresses); }
    // Problems found before sending (e.g. unknown numbers in a list), shown with the refusals.
    void addRefusals(const QStringList &refusals);
    // Stops after the document under way; what was queued stays queued.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isDone() const { return m_done; }
    QList<qint64> queuedMessageIds() const { return m_queued; }
    QStringList refusals() const { return m_refusals; }

signals:
    void allQueued();

private:
    void sendNext();

    Ledger &m_ledger;
    QList<qint64> m_documents;
    int m_next = 0;
    bool m_done = false;
    bool m_cancelled = false;
    QHash<qint64, QString> m_addresses;
    QList<qint64> m_queued;
    QStringList m_refusals;
    QPushButton *m_start = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_refused = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
