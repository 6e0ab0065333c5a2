#include "HandoffSettingsWidget.h"

#include "HandoffProcessor.h"
#include "HandoffSettingsService.h"
#include "Ledger.h"
#include "MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

HandoffSettingsWidget::HandoffSettingsWidget(Ledger &ledger, QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_banner(new MessageBanner(this))
    , m_folder(new QLineEdit(this))
    , m_draft(new QCheckBox(tr("Make the draft invoice of every completed job"), this))
    , m_post(new QCheckBox(tr("Post it when nothing is missing and its total is within the approval threshold"), this))
    , m_send(new QCheckBox(tr("Send the posted invoice to the customer (through the outbox)"), this))
    , m_settle(new QSpinBox(this))
    , m_log(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("handoffSettings"));
    m_banner->setObjectName(QStringLiteral("handoffMessage"));
    m_folder->setObjectName(QStringLiteral("handoffFolder"));
    m_folder->setPlaceholderText(tr("The folder your field-service system writes completed jobs to"));
    m_draft->setObjectName(QStringLiteral("handoffRuleDraft"));
    m_post->setObjectName(QStringLiteral("handoffRulePost"));
    m_send->setObjectName(QStringLiteral("handoffRuleSend"));
    m_settle->setObjectName(QStringLiteral("handoffSettle"));
    m_settle->setRange(0, HandoffSettingsService::MaxSettleSeconds);
    m_settle->setSuffix(tr(" s"));
    m_settle->setMaximumWidth(m_settle->fontMetrics().horizontalAdvance(QStringLiteral("0000000 s")) + 40);
    m_log->setObjectName(QStringLiteral("handoffLog"));
    m_log->setRootIsDecorated(false);
    m_log->setHeaderLabels({tr("When (UTC)"), tr("File"), tr("Result"), tr("Job"), tr("Invoice"),
        tr("Needs attention, or why it failed")});
    m_log->header()->setStretchLastSection(true);

    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("handoffChoose"));
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("handoffSave"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *rules = new QVBoxLayout;
    rules->addWidget(m_draft);
    rules->addWidget(m_post);
    rules->addWidget(m_send);
    auto *form = new QFormLayout;
    // The rules are long sentences (longer still in French and German): under their label when
    // the tab is narrow, so they never make the window wider.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Hand-off folder"), folderRow);
    form->addRow(tr("When a job arrives"), rules);
    form->addRow(tr("Settling time (facturo-cli handoff run)"), m_settle);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    auto *hint = new QLabel(tr("Writers save NAME.json.part and rename it to NAME.json when complete; a file still "
                               "growing waits. Each file is imported whole or not at all, then moved to processed/, or "
                               "to failed/ beside NAME.error.txt saying which job and field were wrong. A job already "
                               "imported is never imported again."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5a6472;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Files handled lately, newest first:"), this));
    layout->addWidget(m_log, 1);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Hand-off folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(m_draft, &QCheckBox::toggled, this, &HandoffSettingsWidget::ruleToggled);
    connect(m_post, &QCheckBox::toggled, this, &HandoffSettingsWidget::ruleToggled);
    reload();
}

void HandoffSettingsWidget::ruleToggled()
{
    // The rules build on each other: posting needs the draft, sending the post.
    m_post->setEnabled(m_draft->isChecked());
    if (!m_draft->isChecked())
        m_post->setChecked(false);
    m_send->setEnabled(m_post->isChecked());
    if (!m_post->isChecked())
        m_send->setChecked(false);
}

void HandoffSettingsWidget::reload()
{
    auto loaded = HandoffSettingsService(m_ledger.context(), m_ledger.audit()).load();
    if (!loaded) {
        m_banner->showMessage(loaded.message());
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(loaded->folder));
    m_draft->setChecked(loaded->makeDraft);
    m_post->setChecked(loaded->post);
    m_send->setChecked(loaded->send);
    m_settle->setValue(loaded->settleSeconds);
    ruleToggled();
    reloadLog();
}

void HandoffSettingsWidget::reloadLog()
{
    m_log->clear();
    auto settings = HandoffSettingsService(m_ledger.context(), m_ledger.audit()).load();
    auto imported = HandoffProcessor(m_ledger).recent(50);
    if (!imported || !settings) {
        m_banner->showMessage(imported ? settings.message() : imported.message());
        return;
    }
    QList<HandoffFileResult> all = imported.value() + HandoffProcessor::failedFiles(settings->folder, 50);
    std::stable_sort(
        all.begin(), all.end(), [](const HandoffFileResult &a, const HandoffFileResult &b) { return a.when > b.when; });
    for (const HandoffFileResult &r : std::as_const(all)) {
        const QString outcome = HandoffFileResult::outcomeName(r.outcome);
        if (r.jobs.isEmpty()) {
            auto *item = new QTreeWidgetItem(m_log, {r.when, r.fileName, outcome, QString(), QString(), r.message});
            item->setToolTip(5, r.message);
            item->setForeground(2, QColor(0xb0, 0x2a, 0x2a));
            continue;
        }
        for (const HandoffJobResult &j : r.jobs) {
            const QString invoice = !j.number.isEmpty() ? j.number
                : j.documentId > 0                      ? tr("draft %1").arg(j.documentId)
                                                        : QString();
            auto *item = new QTreeWidgetItem(m_log, {r.when, r.fileName, outcome, j.jobId, invoice, j.attention});
            item->setToolTip(5, j.attention);
            if (!j.attention.isEmpty())
                item->setForeground(5, QColor(0xa0, 0x60, 0x00));
        }
    }
    for (int column = 0; column < 5; ++column)
        m_log->resizeColumnToContents(column);
}

Status HandoffSettingsWidget::save()
{
    HandoffSettings s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    s.makeDraft = m_draft->isChecked();
    s.post = m_post->isChecked();
    s.send = m_send->isChecked();
    s.settleSeconds = m_settle->value();
    const Status done = HandoffSettingsService(m_ledger.context(), m_ledger.audit()).save(s);
    if (!done) {
        m_banner->showMessage(done.message());
        return done;
    }
    m_banner->showMessage(s.isSet() ? tr("Saved. Completed jobs dropped into %1 are imported while Facturo runs.")
                                          .arg(QDir::toNativeSeparators(s.folder))
                                    : tr("Saved. No hand-off folder is watched."),
        MessageBanner::Kind::Info);
    emit saved(tr("Job hand-off settings saved."));
    return done;
}
