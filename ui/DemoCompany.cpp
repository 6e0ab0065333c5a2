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
    if (QFileInfo::exists(path))
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
    if (!done) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return done;
}
