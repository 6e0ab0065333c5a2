#include "CliOrderCommands.h"

#include "CliJson.h"

#include <QFile>

#include <cstdio>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliOrderCommands", text, disambiguation, n);
}
} // namespace

Status CliOrderCommands::order(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("import")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("dry-run")}, QStringLiteral("order import")));
        auto path = s.args.positional(0, tr("file of completed jobs (JSON, or - for standard input)"));
        if (!path)
            return path.error();
        QFile file;
        bool opened = false;
        if (path.value() == QLatin1String("-"))
            opened = file.open(stdin, QIODevice::ReadOnly);
        else {
            file.setFileName(path.value());
            opened = file.open(QIODevice::ReadOnly);
        }
        if (!opened)
            return Error::notFound(tr("Cannot read %1: %2").arg(path.value(), file.errorString()));
        if (file.size() > 64 * 1024 * 1024)
            return Error::invalid(tr("%1 is too large for an import (64 MB at most).").arg(path.value()));
        const QByteArray json = file.readAll();
        auto imported = s.ledger->jobImport().importJson(json, s.args.flag(QStringLiteral("dry-run")));
        if (!imported)
            return imported.error();
        QJsonArray array;
        for (const ImportedJob &j : imported.value()) {
            if (s.args.json)
                array.append(QJsonObject{{QStringLiteral("job_id"), j.jobId},
                                         {QStringLiteral("service_order_id"), j.serviceOrderId},
                                         {QStringLiteral("customer_id"), j.customerId},
                                         {QStringLiteral("customer_created"), j.customerCreated}});
            else
                s.line(QString::number(j.serviceOrderId));
        }
        if (s.args.json)
            s.json(array);
        if (s.args.flag(QStringLiteral("dry-run")))
            s.err << tr("Dry run: %n job(s) would be imported; nothing was saved.", nullptr,
                        static_cast<int>(imported->size()))
                  << '\n';
        return {};
    }
    if (sub == QLatin1String("list")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("status"), QStringLiteral("search"), QStringLiteral("limit")},
                                     QStringLiteral("order list")));
        std::optional<OrderStatus> status;
        if (s.args.has(QStringLiteral("status"))) {
            auto st = OrderStatuses::fromKey(s.args.option(QStringLiteral("status")));
            if (!st)
                return st.error();
            status = st.value();
        }
        auto limit = s.count(QStringLiteral("limit"), 1000, 1, 1'000'000);
        if (!limit)
            return limit.error();
        auto rows = s.ledger->context().orders.list(
            status, s.args.option(QStringLiteral("search")), static_cast<int>(limit.value()));
        if (!rows)
            return rows.error();
        QJsonArray array;
        for (const ServiceOrderSummary &o : rows.value()) {
            if (s.args.json)
                array.append(CliJson::orderSummary(o));
            else
                s.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                           .arg(o.id)
                           .arg(o.jobRef, OrderStatuses::key(o.status), o.customerName, o.description));
        }
        if (s.args.json)
            s.json(array);
        return {};
    }
    if (sub == QLatin1String("show")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("order show")));
        auto id = s.args.positional(0, tr("service order id"));
        if (!id)
            return id.error();
        auto orderId = s.id(id.value(), tr("order show"));
        if (!orderId)
            return orderId.error();
        auto o = s.ledger->context().orders.find(orderId.value());
        if (!o)
            return o.error();
        if (s.args.json) {
            s.json(CliJson::order(o.value()));
            return {};
        }
        s.line(QStringLiteral("%1\t%2\t%3\t%4").arg(o->id).arg(o->jobRef, OrderStatuses::key(o->status), o->customerName));
        s.line(o->description);
        if (!o->report.isEmpty())
            s.line(o->report);
        for (const TimeEntry &e : o->timeEntries)
            s.line(QStringLiteral("  %1 %2 %3 h × %4")
                       .arg(e.workDate.toString(Qt::ISODate), e.technician, e.hours.toString(), e.hourlyRate.toString(2)));
        for (const PartUsed &p : o->parts)
            s.line(QStringLiteral("  %1 %2 × %3").arg(p.description, p.quantity.toString(), p.unitPrice.toString(2)));
        return {};
    }
    if (sub == QLatin1String("status")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("order status")));
        auto id = s.args.positional(0, tr("service order id"));
        auto status = s.args.positional(1, tr("new status"));
        if (!id)
            return id.error();
        if (!status)
            return status.error();
        auto st = OrderStatuses::fromKey(status.value());
        if (!st)
            return st.error();
        return s.ledger->orders().setStatus(id->toLongLong(), st.value());
    }
    return Error::invalid(tr("Unknown command 'order %1' (import, list, show, status).").arg(sub));
}
