#pragma once

#include "Result.h"

#include <QWidget>

class BackupScheduler;
class Ledger;
class MessageBanner;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Settings › Backups: where and how often the company file is copied and how many copies are
// kept; the copies in the folder, newest first; Back up now; Restore a copy (or another backup
// file) — the window closes the file, the copy is verified and swapped in, and the file reopens.
// objectNames: backupFolder, backupKeep, backupEvery, backupSave, backupNow, backupList,
// backupRestore, backupRestoreFile, backupMessage.
class BackupSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    BackupSettingsWidget(Ledger &ledger, BackupScheduler &scheduler, QWidget *parent = nullptr);

    void reload();
    Status save();
    // The copies listed, newest first.
    QStringList listedBackups() const;

signals:
    void saved(const QString &whatHappened);
    // Restore this backup into the open company file (the window does it).
    void restoreRequested(const QString &backupPath);

private:
    void reloadList();
    void backupFinished(const QString &written, const QString &error);

    Ledger &m_ledger;
    BackupScheduler &m_scheduler;
    MessageBanner *m_banner;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QComboBox *m_every;
    QListWidget *m_list;
};
