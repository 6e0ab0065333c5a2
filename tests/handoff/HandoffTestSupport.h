#pragma once

#include "HandoffProcessor.h"
#include "HandoffSettings.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

// A completed job in the import format: `hours` of labour at 65.00 for the customer (the test
// company's customer "Boulangerie Martin SARL" is found again by its VAT id).
inline QByteArray jobJson(const QString &jobId, const QString &hours = QStringLiteral("2.5"),
    const QString &customer = QStringLiteral(
        R"({"name":"Boulangerie Martin SARL","vat_id":"FR40303265045","address":"3 place Bellecour\n69002 Lyon"})"))
{
    return QStringLiteral(R"({"job_id":"%1","customer":%2,"completed_at":"2026-03-09T16:30:00Z",
"description":"Annual boiler service","labor":[{"technician":"Luc","date":"2026-03-09","hours":"%3","rate":"65.00"}]})")
        .arg(jobId, customer, hours)
        .toUtf8();
}

// Drops a file the way a field-service system does: NAME.json.part, then a rename.
inline void dropFile(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString part = QDir(folder).filePath(name + QStringLiteral(".part"));
    QFile file(part);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    REQUIRE(QFile::rename(part, QDir(folder).filePath(name)));
}

inline QStringList filesIn(const QString &folder, const QString &sub = {})
{
    const QDir dir(sub.isEmpty() ? folder : QDir(folder).filePath(sub));
    return dir.entryList(QDir::Files, QDir::Name);
}

inline QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The hand-off folder of a test company: <company dir>/dropbox, with the given rules.
inline HandoffSettings handoffIn(TestLedger &t, bool post = false, bool send = false)
{
    HandoffSettings s;
    s.folder = QDir(t.dir()).filePath(QStringLiteral("dropbox"));
    REQUIRE(QDir().mkpath(s.folder));
    s.makeDraft = true;
    s.post = post;
    s.send = send;
    s.settleSeconds = 0;
    return s;
}

inline qint64 orderOf(TestLedger &t, const QString &jobId)
{
    auto id = t->context().orders.idByJobRef(jobId);
    REQUIRE(id.ok());
    return id.value();
}
