#pragma once

#include "Database.h"

#include <QAtomicInteger>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

// Reads the company file on a thread of its own, with its own connection, so that the long
// read-only queries of a large file (the dashboard's sums, the totals of a list) never freeze
// the window. Requests run one after the other; each result comes back on the GUI thread to
// the receiver that asked, unless a newer request on the same channel made it stale (stale
// requests still waiting are skipped). Never writes: changes go through the services on the
// window's own connection.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(QString path, QObject *parent = nullptr);
    ~BackgroundReader() override; // waits for the query under way, if any

    template<typename T>
    void run(const QString &channel, QObject *receiver, std::function<Result<T>(Database &)> query,
             std::function<void(const Result<T> &)> done)
    {
        std::shared_ptr<QAtomicInteger<int>> latest = generation(channel);
        const int ticket = latest->fetchAndAddRelaxed(1) + 1;
        QPointer<QObject> guard(receiver);
        post([this, ticket, latest, guard, query = std::move(query), done = std::move(done)](Database *db) {
            if (latest->loadRelaxed() != ticket)
                return; // a newer request replaced this one before it started
            Result<T> result = db ? query(*db) : Result<T>(Error::storage(openError()));
            QMetaObject::invokeMethod(
                this,
                [ticket, latest, guard, done, result] {
                    if (!guard.isNull() && latest->loadRelaxed() == ticket)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

    // Requests queued or running (for tests and for a "working…" hint).
    int pending() const { return m_pending.loadRelaxed(); }

private:
    void post(std::function<void(Database *)> job);
    std::shared_ptr<QAtomicInteger<int>> generation(const QString &channel);
    QString openError() const;

    QString m_path;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
    std::unique_ptr<Database> m_db; // opened, used and closed in m_thread only
    QString m_openError;
    QHash<QString, std::shared_ptr<QAtomicInteger<int>>> m_generations; // GUI thread only
    QAtomicInteger<int> m_pending = 0;
};
