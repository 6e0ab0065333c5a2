#pragma once

#include "Result.h"

#include <QWidget>

class Ledger;
class MessageBanner;
class QCheckBox;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

// Settings › Job hand-off: the folder field-service systems drop completed-job files into, the
// rules applied to each job (make the draft, post it when nothing is missing and it is within the
// approval threshold, send it through the outbox), and the files handled lately: imported ones
// (from the audit trail, with the invoices made and what needs attention) and failed ones (with
// the first line of their error file).
// objectNames: handoffFolder, handoffChoose, handoffRuleDraft, handoffRulePost, handoffRuleSend,
// handoffSettle, handoffSave, handoffLog, handoffMessage.
class HandoffSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HandoffSettingsWidget(Ledger &ledger, QWidget *parent = nullptr);

    void reload();
    void reloadLog();
    Status save();

signals:
    void saved(const QString &whatHappened);

private:
    void ruleToggled();

    Ledger &m_ledger;
    MessageBanner *m_banner;
    QLineEdit *m_folder;
    QCheckBox *m_draft;
    QCheckBox *m_post;
    QCheckBox *m_send;
    QSpinBox *m_settle;
    QTreeWidget *m_log;
};
