#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the hand-off did with one job of a file: the service order it became and what each rule
// made of it. `attention` says why a rule stopped (missing data, above the approval threshold,
// no recipient): the draft or invoice is then left for a clerk.
struct HandoffJobResult
{
    QString jobId;
    qint64 serviceOrderId = 0;
    qint64 documentId = 0; // the draft (or, once posted, the invoice) made by the rule "draft"
    QString number; // when the rule "post" posted it
    qint64 outboxId = 0; // when the rule "send" queued it
    QString attention;

    QJsonObject toJson() const;
    static HandoffJobResult fromJson(const QJsonObject &json);
};

enum class HandoffOutcome {
    Imported, // imported, rules applied, moved to processed/
    Recovered, // imported before from this very file (the move had not happened): moved to processed/
    Failed, // nothing imported: moved to failed/ beside NAME.error.txt
    Duplicate, // a job of the file was already imported: nothing imported, moved to failed/
    Waiting, // still being written (or the company file busy): left for the next look
};

// One file of the hand-off folder and what became of it.
struct HandoffFileResult
{
    Q_DECLARE_TR_FUNCTIONS(HandoffFileResult)
public:
    QString fileName;
    HandoffOutcome outcome = HandoffOutcome::Waiting;
    QString message; // why it failed or waits; for an imported file, what needs attention
    QString movedTo; // the path it was moved to; empty when it stayed
    QString errorFile; // failed/NAME.error.txt
    QList<HandoffJobResult> jobs;
    QString when; // ISO 8601 UTC, in the log read back from the audit trail

    bool needsAttention() const;
    QJsonObject toJson() const;
    static QString outcomeKey(HandoffOutcome outcome);
    static QString outcomeName(HandoffOutcome outcome); // translated
    // One line of text for the window's notice or the CLI.
    static QString summary(const QList<HandoffFileResult> &results);
};
