#pragma once

#include "Document.h"
#include "Result.h"

#include <QUndoCommand>

class DraftService;

// What the undo commands of a draft work on: the service that changes it (the database stays
// the truth) and the editor that shows it.
class DraftCommandTarget
{
public:
    virtual ~DraftCommandTarget() = default;
    virtual DraftService &draftService() = 0;
    virtual qint64 draftId() const = 0;
    // The draft as stored now.
    virtual Result<Document> storedDraft() = 0;
    // Called after every change, forward or back: the editor reloads and says what happened.
    virtual void draftChanged(const QString &whatHappened) = 0;
    // An undo or redo was refused (the draft was posted meanwhile, ...).
    virtual void draftCommandFailed(const QString &message) = 0;
};

// One verb on a draft. execute() runs it the first time and tells whether it was done, so a
// refused edit never lands on the undo stack; undo() and redo() replay it through the service.
// Lines are named by position, which stays true along a linear undo history even though a
// line re-added by an undo gets a new id.
class DraftCommand : public QUndoCommand
{
public:
    DraftCommand(DraftCommandTarget &target, const QString &text);

    Status execute();
    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // The id of the line at `position` (1-based) in the stored draft.
    Result<qint64> lineIdAt(int position);

    DraftCommandTarget &m_target;

private:
    bool m_skipNextRedo = false;
};
