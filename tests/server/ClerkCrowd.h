#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// What one facturo-cli command said: its exit code and its output (stdout, or stderr when it
// failed) on one line.
struct ClerkResult
{
    QString command;
    int code = 0;
    QString output;
};

// A round of a clerk's work: commands run one after the other by one shell, each its own
// facturo-cli process. killAfterResults > 0: the shell and its running command are killed
// (SIGKILL) killDelayMs after that many results came back, i.e. during a later command.
struct ClerkWork
{
    QStringList commands;
    int killAfterResults = 0;
    int killDelayMs = 0;
};

// Several clerks working at once on one company, each clerk a shell running facturo-cli commands.
class ClerkCrowd
{
public:
    ClerkCrowd(const QString &cli, const QString &uri);

    // Runs `clerks` clerks until nextWork returns nothing for each of them; nextWork is asked for
    // a clerk's next round whenever its last one finished or was killed.
    void run(int clerks, const std::function<std::optional<ClerkWork>(int clerk)> &nextWork);
    // A command that gives no result within this time is killed and counted as stalled (0: never).
    void setStallLimit(int milliseconds) { m_stallLimitMs = milliseconds; }
    const QStringList &stalledCommands() const { return m_stalledCommands; }
    // Called after every result (from run's loop).
    void onResult(std::function<void(const ClerkCrowd &)> callback) { m_onResult = std::move(callback); }

    const QList<ClerkResult> &results() const { return m_results; }
    int killed() const { return m_killed; }
    // The command each killed clerk was running (or was about to run) when it was killed.
    const QStringList &killedCommands() const { return m_killedCommands; }
    int successes() const;
    int refusals() const;
    // The server went away now: failures from here on are counted apart.
    void markOutage();
    int failuresSinceOutage() const;
    qint64 msSinceOutage() const { return m_outage.isValid() ? m_outage.elapsed() : 0; }
    // The counts, and each distinct failure message once.
    QString summary() const;

private:
    QString m_cli;
    QString m_uri;
    QList<ClerkResult> m_results;
    int m_killed = 0;
    QStringList m_killedCommands;
    int m_stallLimitMs = 0;
    QStringList m_stalledCommands;
    qsizetype m_outageFrom = -1;
    QElapsedTimer m_outage;
    std::function<void(const ClerkCrowd &)> m_onResult;
};
