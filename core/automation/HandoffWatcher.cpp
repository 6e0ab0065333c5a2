#include "HandoffWatcher.h"

#include "HandoffFolder.h"
#include "HandoffSettingsService.h"
#include "Ledger.h"

HandoffWatcher::HandoffWatcher(Ledger &ledger, HandoffProcessor::SendStep send, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_processor(ledger, std::move(send))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &HandoffWatcher::look);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &HandoffWatcher::scheduleLook);
}

void HandoffWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(qMax(10, milliseconds));
}

Status HandoffWatcher::reload()
{
    auto loaded = HandoffSettingsService(m_ledger.context(), m_ledger.audit()).load();
    if (!loaded)
        return loaded.error();
    setSettings(loaded.value());
    return {};
}

void HandoffWatcher::setSettings(const HandoffSettings &settings)
{
    const bool newFolder = settings.folder != m_settings.folder;
    m_settings = settings;
    if (!newFolder)
        return;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_seen.clear();
    m_problem.clear();
    m_timer.stop();
    if (!m_settings.isSet())
        return;
    m_watcher.addPath(m_settings.folder);
    look(); // the files dropped while the program was not running
}

void HandoffWatcher::scheduleLook()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void HandoffWatcher::look()
{
    if (!m_settings.isSet() || m_looking)
        return;
    m_looking = true;
    const Status folderOk = HandoffProcessor::checkFolder(m_settings);
    if (!folderOk) {
        if (folderOk.message() != m_problem)
            emit problem(folderOk.message());
        m_problem = folderOk.message();
        m_looking = false;
        return;
    }
    m_problem.clear();
    if (m_watcher.directories().isEmpty()) // the folder came back
        m_watcher.addPath(m_settings.folder);
    const qint64 now = m_clock.elapsed();
    QHash<QString, Seen> seen;
    QStringList ready;
    for (const QFileInfo &file : HandoffFolder::candidates(m_settings.folder)) {
        const QString path = file.absoluteFilePath();
        Seen current {file.size(), file.lastModified(), now};
        const auto before = m_seen.constFind(path);
        if (before != m_seen.constEnd() && before->size == current.size && before->modified == current.modified) {
            current.firstSeenMs = before->firstSeenMs;
            if (now - before->firstSeenMs >= m_timer.interval()) {
                ready << path;
                continue;
            }
        }
        seen.insert(path, current);
    }
    m_seen = seen;
    QList<HandoffFileResult> results;
    for (const QString &path : std::as_const(ready)) {
        HandoffFileResult result = m_processor.processFile(path, m_settings);
        if (result.outcome != HandoffOutcome::Waiting)
            results.append(result);
        else if (QFileInfo::exists(path)) // the company file was busy: looked at again later
            m_seen.insert(path, {-1, {}, now});
        // else: another Facturo (a timer's handoff run) took it first
    }
    m_looking = false;
    if (!m_seen.isEmpty())
        scheduleLook();
    if (!results.isEmpty())
        emit processed(results);
}
