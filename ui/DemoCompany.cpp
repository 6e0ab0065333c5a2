#include "DemoCompany.h"

#include "Clock.h"
#include "DemoGenerator.h"
#include "Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Status DemoCompany::create(const QString &path, const QDate &today, qint64 invoices,
                           const std::function<void(qint64 done, qint64 total)> &progress)
{
    if (isUnfinished(path)) {
        // A half-made demo is made again, not refused.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
                return Error::storage(tr("The unfinished demo company %1 cannot be replaced: %2 cannot be removed.")
                                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(path + suffix)));
    }
    const bool existed = QFileInfo::exists(path);
    if (existed && QFileInfo(path).size() > 0)
        return Error::conflict(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
    QDir().mkpath(QFileInfo(path).absolutePath());
    FixedClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    Status done;
    {
        auto ledger = Ledger::open(path, Database::OpenMode::CreateIfMissing, clock);
        if (!ledger)
            return ledger.error();
        DemoOptions options;
        options.invoices = invoices;
        options.asOf = today;
        options.progress = progress;
        DemoGenerator generator(*ledger.value(), clock);
        auto summary = generator.generate(options);
        if (!summary)
            done = summary.error();
    }
    if (!done) { // nothing is left of a demo that failed: the empty file it was given stays empty
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (existed)
            QFile::resize(path, 0);
        else
            QFile::remove(path);
    }
    return done;
}

bool DemoCompany::isUnfinished(const QString &path)
{
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return false;
    SystemClock clock;
    auto ledger = Ledger::open(path, Database::OpenMode::ReadOnly, clock);
    if (!ledger)
        return false;
    auto unfinished = DemoGenerator::isUnfinished(*ledger.value());
    return unfinished && unfinished.value();
}
