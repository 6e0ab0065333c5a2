// The completed-job import (JSON from a field-service system): any bytes give a parsed job that
// passes the same checks as typed input, or an error naming what is wrong — never a crash.
#include "ExactJson.h"
#include "FuzzCheck.h"
#include "JobImportService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The import's own reader (numbers kept as their text), as importJson uses it.
    const auto doc = ExactJson::parse(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    if (!doc) {
        FUZZ_CHECK(!doc.message().isEmpty());
        return 0;
    }
    QJsonArray jobs = doc->isArray() ? doc->toArray() : QJsonArray {doc->toObject()};
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
