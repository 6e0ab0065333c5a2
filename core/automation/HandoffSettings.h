#pragma once

#include <QString>

// The job hand-off folder and its rules (Settings › Job hand-off, `settings handoff`). Kept in
// the company file's settings table. The rules build on each other: a draft is made from every
// completed job that arrives; it may then be posted (when nothing is missing and its total is
// within the approval threshold) and, once posted, sent through the outbox.
struct HandoffSettings
{
    QString folder; // empty: no hand-off folder
    bool makeDraft = true; // rule "draft": the job's draft invoice
    bool post = false; // rule "post": post the draft when it can be posted without approval
    bool send = false; // rule "send": queue the posted invoice in the outbox
    int settleSeconds = 10; // `handoff run`: a file changed more recently is still being written

    bool isSet() const { return !folder.trimmed().isEmpty(); }
    friend bool operator==(const HandoffSettings &, const HandoffSettings &) = default;
};
