#pragma once

#include <QDateTime>
#include <QString>

// One link of the audit chain: who did what to which document, when.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QString userName;
    QString entity;  // invoice, credit_note, customer, service_order, settings, ...
    qint64 entityId = 0;
    QString action;  // create, edit, post, send, print, export, view, payment, credit, delete, restore, ...
    QString details; // compact JSON
    QString prevHash;
    QString hash;
};
