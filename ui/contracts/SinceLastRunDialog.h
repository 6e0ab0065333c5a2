#pragma once

#include "ContractRunService.h"

#include <QDialog>

class CompanySession;
class MessageBanner;
class QLabel;
class QTableWidget;

// "Since last run" (GnuCash's model): every contract occurrence due up to today plus its lead
// days that was not made yet, one row each with what to do with it: Create (the contract's
// action: a draft, posted, or posted and sent), Postpone (offered again next time) or Skip
// (recorded as skipped, never billed). Offered when the company file opens and from the
// Contracts page.
class SinceLastRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Create, Postpone, Skip };

    SinceLastRunDialog(CompanySession &session, QWidget *parent = nullptr);

    // How many occurrences are due (0: nothing to offer).
    int dueCount() const { return static_cast<int>(m_due.size()); }
    void setChoice(int row, Choice choice);
    // Applies each row's choice, then closes; what could not be done stays and is named.
    void apply();
    void createAll();
    // What the last apply did, for the status bar (and tests).
    const QString &summary() const { return m_summary; }

private:
    void load();

    CompanySession &m_session;
    MessageBanner *m_banner;
    QLabel *m_intro;
    QTableWidget *m_table;
    QList<DueOccurrence> m_due;
    QString m_summary;
};
