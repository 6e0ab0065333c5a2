// The completed-job import (JSON from a field-service system): any bytes give a parsed job that
// passes the same checks as typed input, or an error naming what is wrong — never a crash.
#include "FuzzCheck.h"
#include "JobImportService.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data),
                                                                 static_cast<qsizetype>(size)));
    QJsonArray jobs = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &value : std::as_const(jobs)) {
        auto job = JobImportService::parseJob(value.toObject());
        if (!job) {
            FUZZ_CHECK(!job.message().isEmpty());
            continue;
        }
        FUZZ_CHECK(!job->jobId.isEmpty());
        FUZZ_CHECK(!job->customer.name.isEmpty());
        FUZZ_CHECK(!job->order.timeEntries.isEmpty() || !job->order.parts.isEmpty());
        for (const TimeEntry &e : job->order.timeEntries)
            FUZZ_CHECK(e.hours.scaled() > 0 && !e.hourlyRate.isNegative() && e.workDate.isValid());
        for (const PartUsed &p : job->order.parts)
            FUZZ_CHECK(!p.quantity.isZero() && !p.unitPrice.isNegative());
    }
    return 0;
}
