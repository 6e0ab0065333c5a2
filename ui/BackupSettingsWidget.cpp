#include "BackupSettingsWidget.h"

#include "BackupScheduler.h"
#include "BackupService.h"
#include "Ledger.h"
#include "MessageBanner.h"
#include "UiFormat.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

BackupSettingsWidget::BackupSettingsWidget(Ledger &ledger, BackupScheduler &scheduler, QWidget *parent)
    : QWidget(parent), m_ledger(ledger), m_scheduler(scheduler), m_banner(new MessageBanner(this)),
      m_folder(new QLineEdit(this)), m_keep(new QSpinBox(this)), m_every(new QComboBox(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("backupSettings"));
    m_banner->setObjectName(QStringLiteral("backupMessage"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("A folder on another disk or a network drive"));
    m_keep->setObjectName(QStringLiteral("backupKeep"));
    m_keep->setRange(1, 1000);
    m_every->setObjectName(QStringLiteral("backupEvery"));
    m_every->addItem(tr("Every day"), static_cast<int>(BackupSettings::Interval::Daily));
    m_every->addItem(tr("Every week"), static_cast<int>(BackupSettings::Interval::Weekly));
    m_every->addItem(tr("Never (only when asked)"), static_cast<int>(BackupSettings::Interval::Off));
    m_list->setObjectName(QStringLiteral("backupList"));

    auto *choose = new QPushButton(tr("Choose…"), this);
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("backupSave"));
    auto *now = new QPushButton(tr("Back up now"), this);
    now->setObjectName(QStringLiteral("backupNow"));
    auto *restore = new QPushButton(tr("Restore this copy…"), this);
    restore->setObjectName(QStringLiteral("backupRestore"));
    auto *restoreFile = new QPushButton(tr("Restore from a file…"), this);
    restoreFile->setObjectName(QStringLiteral("backupRestoreFile"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup folder"), folderRow);
    form->addRow(tr("Copy"), m_every);
    form->addRow(tr("Copies kept"), m_keep);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(saveButton);
    auto *hint = new QLabel(tr("A copy is checked before it is kept; a restore checks the copy (its integrity and "
                               "the audit trail) before it replaces the company file, which is kept beside it."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #5a6472;"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(now);
    listButtons->addStretch(1);
    listButtons->addWidget(restoreFile);
    listButtons->addWidget(restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(formButtons);
    layout->addWidget(new QLabel(tr("Copies in the folder, newest first:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(hint);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); /* shown in the banner */ });
    connect(now, &QPushButton::clicked, this, [this] {
        m_banner->showMessage(tr("Backing up…"), MessageBanner::Kind::Info);
        m_scheduler.run(true);
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            emit restoreRequested(item->data(Qt::UserRole).toString());
        else
            m_banner->showMessage(tr("Choose the copy to restore in the list."), MessageBanner::Kind::Warning);
    });
    connect(restoreFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Restore a backup"), m_folder->text(),
                                                          tr("Facturo company files (*.facturo)"));
        if (!path.isEmpty())
            emit restoreRequested(path);
    });
    connect(&m_scheduler, &BackupScheduler::finished, this, &BackupSettingsWidget::backupFinished);
    reload();
    // A company on a server is backed up by the server: the page says so and offers nothing else.
    if (const Status server = BackupService(m_ledger).refuseOnServer(); !server) {
        m_banner->showMessage(server.message(), MessageBanner::Kind::Info);
        for (QWidget *control : std::initializer_list<QWidget *> {
                 m_folder, m_keep, m_every, m_list, choose, saveButton, now, restore, restoreFile})
            control->setEnabled(false);
    }
}

void BackupSettingsWidget::reload()
{
    BackupService backups(m_ledger);
    auto settings = backups.loadSettings();
    if (!settings) {
        m_banner->showMessage(settings.message());
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(settings->folder));
    m_keep->setValue(settings->keep);
    m_every->setCurrentIndex(std::max(0, m_every->findData(static_cast<int>(settings->interval))));
    reloadList();
}

void BackupSettingsWidget::reloadList()
{
    m_list->clear();
    BackupService backups(m_ledger);
    auto settings = backups.loadSettings();
    if (!settings || settings->folder.isEmpty())
        return;
    auto copies = backups.backups();
    if (!copies) {
        m_banner->showMessage(copies.message(), MessageBanner::Kind::Warning);
        return;
    }
    for (const QFileInfo &copy : std::as_const(copies.value())) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3 MB)")
                .arg(UiFormat::dateTime(BackupService::timeOf(m_ledger.database().path(), copy.fileName())),
                     copy.fileName(), QLocale().toString(static_cast<double>(copy.size()) / 1e6, 'f', 1)),
            m_list);
        item->setData(Qt::UserRole, copy.absoluteFilePath());
    }
}

QStringList BackupSettingsWidget::listedBackups() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

Status BackupSettingsWidget::save()
{
    BackupSettings settings;
    settings.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    settings.keep = m_keep->value();
    settings.interval = static_cast<BackupSettings::Interval>(m_every->currentData().toInt());
    const Status stored = BackupService(m_ledger).saveSettings(settings);
    if (!stored) {
        m_banner->showMessage(stored.message());
        return stored;
    }
    m_banner->showMessage(tr("Backup settings saved."), MessageBanner::Kind::Info);
    reload();
    emit saved(tr("Backup settings saved."));
    m_scheduler.run(false); // a first copy, if one is due
    return {};
}

void BackupSettingsWidget::backupFinished(const QString &written, const QString &error)
{
    if (!error.isEmpty())
        m_banner->showMessage(error);
    else if (!written.isEmpty())
        m_banner->showMessage(tr("Backup written: %1").arg(QDir::toNativeSeparators(written)), MessageBanner::Kind::Info);
    reloadList(); // the form may hold edits not saved yet
}
