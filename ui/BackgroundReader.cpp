#include "BackgroundReader.h"

#include <QThread>

BackgroundReader::BackgroundReader(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_thread(new QThread), m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("facturo-reader"));
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

BackgroundReader::~BackgroundReader()
{
    // Close the connection where it was opened, after the job under way; the rest is dropped.
    for (auto it = m_generations.begin(); it != m_generations.end(); ++it)
        it.value()->fetchAndAddRelaxed(1);
    QMetaObject::invokeMethod(
        m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void BackgroundReader::post(std::function<void(Database *)> job)
{
    m_pending.fetchAndAddRelaxed(1);
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)] {
            if (!m_db && m_openError.isEmpty()) {
                auto db = Database::open(m_path, Database::OpenMode::MustExist);
                if (db)
                    m_db = std::move(db).value();
                else
                    m_openError = db.message();
            }
            job(m_db.get());
            m_pending.fetchAndSubRelaxed(1);
        },
        Qt::QueuedConnection);
}

std::shared_ptr<QAtomicInteger<int>> BackgroundReader::generation(const QString &channel)
{
    auto found = m_generations.find(channel);
    if (found == m_generations.end())
        found = m_generations.insert(channel, std::make_shared<QAtomicInteger<int>>(0));
    return found.value();
}

QString BackgroundReader::openError() const
{
    return m_openError;
}
