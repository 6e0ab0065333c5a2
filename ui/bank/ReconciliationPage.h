#pragma once

#include "Page.h"

class MessageBanner;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class StatementEntryModel;
struct MatchAllocation;

// Bank statements in: the open entries with what the matching proposes and why. The clerk
// accepts a proposal, chooses other invoices (INV-2026-00012=50.00, INV-2026-00013: several split
// the entry), or leaves the entry; a statement file is imported here too. Every apply is one
// transaction (ReconciliationService); no SQL here.
class ReconciliationPage : public Page
{
    Q_OBJECT
public:
    explicit ReconciliationPage(CompanySession &session, QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

    // Imports a statement file (camt.053/camt.054) and reports what it found.
    bool importFile(const QString &path);
    void acceptProposal();
    void applyChosen();
    void leaveEntry();
    void applyReferences();

private:
    void showSelected();
    qint64 selectedEntry() const;
    bool apply(const QList<MatchAllocation> &allocations, const QString &how);

    MessageBanner *m_banner;
    StatementEntryModel *m_model;
    QTableView *m_view;
    QListWidget *m_proposals;
    QLabel *m_explanation;
    QLineEdit *m_chosen;
    QPushButton *m_accept;
    QPushButton *m_applyChosen;
    QPushButton *m_leave;
    QLabel *m_summary;
};
