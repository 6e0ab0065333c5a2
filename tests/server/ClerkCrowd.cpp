#include "ClerkCrowd.h"

#include <QProcess>
#include <QSet>

#include <algorithm>
#include <memory>
#include <signal.h>
#include <unistd.h>

namespace {
// One line per command: "R", the exit code, the output with its line breaks flattened. The
// commands come on stdin; facturo-cli reads /dev/null, not the list.
const char *const script
    = "while IFS= read -r c; do out=$(\"$FACTURO_CLI\" --db \"$FACTURO_DB\" $c </dev/null 2>&1); rc=$?; "
      "printf 'R\\t%s\\t%s\\n' \"$rc\" \"$(printf '%s' \"$out\" | tr '\\n\\t' '  ')\"; done";

struct Clerk
{
    std::unique_ptr<QProcess> process;
    ClerkWork work;
    int done = 0;
    QElapsedTimer killClock;
    QElapsedTimer sinceResult;
    bool finished = false;
};
} // namespace

ClerkCrowd::ClerkCrowd(const QString &cli, const QString &uri)
    : m_cli(cli)
    , m_uri(uri)
{ }

void ClerkCrowd::run(int clerks, const std::function<std::optional<ClerkWork>(int clerk)> &nextWork)
{
    std::vector<Clerk> crowd(static_cast<size_t>(clerks));
    auto start = [&](int i) {
        Clerk &clerk = crowd[static_cast<size_t>(i)];
        std::optional<ClerkWork> work = nextWork(i);
        if (!work) {
            clerk.finished = true;
            return;
        }
        clerk.work = *work;
        clerk.done = 0;
        clerk.killClock.invalidate();
        clerk.sinceResult.start();
        clerk.process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FACTURO_CLI"), m_cli);
        env.insert(QStringLiteral("FACTURO_DB"), m_uri);
        clerk.process->setProcessEnvironment(env);
        // A process group of its own: a kill takes the shell and the command it runs.
        clerk.process->setChildProcessModifier([] { ::setpgid(0, 0); });
        clerk.process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromLatin1(script)});
        clerk.process->waitForStarted(-1);
        clerk.process->write(clerk.work.commands.join(QLatin1Char('\n')).toUtf8() + '\n');
        clerk.process->closeWriteChannel();
    };
    auto readLines = [&](Clerk &clerk) {
        while (clerk.process->canReadLine()) {
            const QString line = QString::fromUtf8(clerk.process->readLine()).trimmed();
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() < 2 || parts.first() != QLatin1String("R"))
                continue;
            ClerkResult result;
            result.command = clerk.work.commands.value(clerk.done);
            result.code = parts.at(1).toInt();
            result.output = parts.mid(2).join(QLatin1Char(' ')).trimmed();
            ++clerk.done;
            clerk.sinceResult.start();
            m_results.append(result);
            if (m_onResult)
                m_onResult(*this);
        }
    };
    for (int i = 0; i < clerks; ++i)
        start(i);
    for (;;) {
        bool busy = false;
        for (int i = 0; i < clerks; ++i) {
            Clerk &clerk = crowd[static_cast<size_t>(i)];
            if (clerk.finished)
                continue;
            busy = true;
            clerk.process->waitForReadyRead(5);
            readLines(clerk);
            const ClerkWork &work = clerk.work;
            if (work.killAfterResults > 0 && clerk.done >= work.killAfterResults && !clerk.killClock.isValid())
                clerk.killClock.start();
            if (clerk.killClock.isValid() && clerk.killClock.elapsed() >= work.killDelayMs
                && clerk.process->state() == QProcess::Running) {
                ::kill(-static_cast<pid_t>(clerk.process->processId()), SIGKILL);
                clerk.process->waitForFinished(-1);
                ++m_killed;
                m_killedCommands << work.commands.value(clerk.done);
                start(i);
                continue;
            }
            if (m_stallLimitMs > 0 && clerk.sinceResult.elapsed() > m_stallLimitMs
                && clerk.process->state() == QProcess::Running) {
                ::kill(-static_cast<pid_t>(clerk.process->processId()), SIGKILL);
                clerk.process->waitForFinished(-1);
                m_stalledCommands << work.commands.value(clerk.done);
                start(i);
                continue;
            }
            if (clerk.process->state() == QProcess::NotRunning) {
                clerk.process->waitForFinished(-1);
                readLines(clerk);
                start(i);
            }
        }
        if (!busy)
            break;
    }
}

int ClerkCrowd::successes() const
{
    return static_cast<int>(
        std::count_if(m_results.begin(), m_results.end(), [](const ClerkResult &r) { return r.code == 0; }));
}

int ClerkCrowd::refusals() const
{
    return static_cast<int>(
        std::count_if(m_results.begin(), m_results.end(), [](const ClerkResult &r) { return r.code == 1; }));
}

void ClerkCrowd::markOutage()
{
    m_outageFrom = m_results.size();
    m_outage.start();
}

int ClerkCrowd::failuresSinceOutage() const
{
    if (m_outageFrom < 0)
        return 0;
    int failures = 0;
    for (qsizetype i = m_outageFrom; i < m_results.size(); ++i)
        if (m_results.at(i).code > 1)
            ++failures;
    return failures;
}

QString ClerkCrowd::summary() const
{
    QSet<QString> messages;
    for (const ClerkResult &r : m_results)
        if (r.code != 0)
            messages.insert(QStringLiteral("[%1] %2").arg(r.code).arg(r.output));
    QStringList sorted(messages.begin(), messages.end());
    sorted.sort();
    return QStringLiteral("%1 results, %2 done, %3 refused, %4 killed\n  ")
               .arg(m_results.size())
               .arg(successes())
               .arg(refusals())
               .arg(m_killed)
        + sorted.join(QStringLiteral("\n  "));
}
