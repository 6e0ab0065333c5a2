#pragma once

#include "HandoffProcessor.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

// While the program runs: watches the hand-off folder (QFileSystemWatcher, plus a look when it
// starts) and imports each file once it is complete. A file is complete when two looks a short
// interval apart (interval(), 1 s by default) see the same size and modification time; a file
// still growing waits for the next look. `*.part` files are never read (HandoffFolder).
// It works on the thread it lives in, with the ledger it is given.
class HandoffWatcher : public QObject
{
    Q_OBJECT
public:
    HandoffWatcher(Ledger &ledger, HandoffProcessor::SendStep send, QObject *parent = nullptr);

    // Watches settings.folder (none when not set) with its rules; a new folder is looked at at once.
    void setSettings(const HandoffSettings &settings);
    // Reads the settings from the company file and applies them (the window calls it after changes).
    Status reload();
    const HandoffSettings &settings() const { return m_settings; }
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    bool isWatching() const { return !m_watcher.directories().isEmpty(); }
    // The files seen but not complete yet.
    QStringList pending() const { return m_seen.keys(); }

public slots:
    // Looks at the folder now: complete files are imported, others wait for the next look.
    void look();

signals:
    void processed(const QList<HandoffFileResult> &results);
    // The folder cannot be read (removed, unmounted): said once until it can be read again.
    void problem(const QString &message);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        qint64 firstSeenMs = 0; // when it was first seen with this size and time
    };
    void scheduleLook();

    Ledger &m_ledger;
    HandoffProcessor m_processor;
    HandoffSettings m_settings;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QHash<QString, Seen> m_seen;
    QString m_problem;
    bool m_looking = false;
};
