#pragma once

#include "Ledger.h"
#include "ReminderOutboxDispatcher.h"
#include "ReminderService.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class ReminderDueModel;

// The Reminders page (issue 6): the invoices due for a reminder as of a day, a preview of the
// reminder, and for the checked rows (or the current one): send by email, print a letter, or
// record a reminder made by hand; optionally with a late fee, after a confirmation. Disputes are
// opened and closed here too. Every action goes through ReminderService (audited, never twice).
class RemindersPage : public QWidget
{
    Q_OBJECT
public:
    using Confirm = std::function<bool(const QString &question)>;
    // Prints (or saves) one customer's reminder letter listing the invoices just reminded.
    using LetterPrinter = std::function<Status(qint64 customerId, const QList<qint64> &invoiceIds, int level)>;

    explicit RemindersPage(Ledger &ledger, QWidget *parent = nullptr);

    // Hooks: where email reminders go (default: the outbox, with the reminder letter as PDF
    // attached), how letters are printed (default: the print dialog), the question asked before
    // late fees are invoiced (default: a message box).
    void setDispatcher(ReminderDispatcher *dispatcher) { m_dispatcher = dispatcher; }
    void setLetterPrinter(LetterPrinter printer) { m_letterPrinter = std::move(printer); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    ReminderDueModel *model() const { return m_model; }
    // The reminder as the customer will read it (HTML): level, overdue invoices, amounts.
    QString previewHtml(const DueReminder &due) const;
    // Records a reminder for the checked rows (or the current one) by this channel.
    void remind(ReminderChannel channel);

public slots:
    void refresh();

signals:
    // The company file changed (the main window tells the other pages).
    void changed(const QString &whatHappened);
    void statusMessage(const QString &text);

private:
    QList<DueReminder> targets() const;
    void showPreview();
    void toggleDispute();

    Ledger &m_ledger;
    ReminderOutboxDispatcher m_outbox;
    ReminderDispatcher *m_dispatcher = nullptr;
    LetterPrinter m_letterPrinter;
    Confirm m_confirm;
    QDateEdit *m_asOf;
    QComboBox *m_level;
    QTableView *m_table;
    ReminderDueModel *m_model;
    QSortFilterProxyModel *m_sorted; // what the table shows: m_model sorted by a header click
    QTextBrowser *m_preview;
    QCheckBox *m_lateFee;
    QLabel *m_summary;
};
