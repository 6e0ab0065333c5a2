#pragma once

#include "ReportRepository.h"

#include <QDate>
#include <QString>

// What a report is asked for: its name and its parameters. Reports as of a day use asOf;
// reports over a period use from and to (the invoice register also its filter).
struct ReportRequest
{
    QString name; // aged_receivables, sales_by_month, sales_by_customer, sales_by_item,
                  // tax_summary, collections, invoice_register
    QDate asOf; // invalid: today
    QDate from; // invalid: the first day of to's year
    QDate to; // invalid: today
    ReportRegisterFilter register_; // invoice_register only (its dates are from and to)
    qint64 limit = 0; // invoice_register rows; 0: all
};
