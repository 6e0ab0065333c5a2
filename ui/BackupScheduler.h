#pragma once

#include <QObject>
#include <QString>

class QThread;
class QTimer;

// The scheduled backups of the open company file (Settings › Backups), made off the window's
// thread: each run opens the file on a connection of its own in a worker thread, as the signed-in
// user, and asks BackupService for the copy that is due (or one now). Runs a minute after the
// file is opened and then every 15 minutes; one run at a time. The window hears what happened.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(QString companyFile, QString userName, QObject *parent = nullptr);
    ~BackupScheduler() override; // waits for a copy under way

    // Starts the timer (the first run after `firstDelayMs`).
    void start(int firstDelayMs = 60000);
    // A run now: force makes a copy whatever the interval. Ignored while one is under way.
    void run(bool force);
    bool isRunning() const { return m_thread != nullptr; }
    // Whether runs come by themselves (start() was called; never for a company on a server).
    bool isScheduled() const;

signals:
    // written: the copy made (empty: none was due); error: why none could be made.
    void finished(const QString &written, const QString &error);

private:
    QString m_file;
    QString m_user;
    QThread *m_thread = nullptr;
    QTimer *m_timer;
};
