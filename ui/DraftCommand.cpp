#include "DraftCommand.h"

#include <QCoreApplication>

DraftCommand::DraftCommand(DraftCommandTarget &target, const QString &text) : m_target(target)
{
    setText(text);
}

Status DraftCommand::execute()
{
    const Status done = apply();
    if (done) {
        m_skipNextRedo = true; // QUndoStack::push() calls redo(): it is already done
        m_target.draftChanged(text());
    }
    return done;
}

void DraftCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    const Status done = apply();
    if (done)
        m_target.draftChanged(QCoreApplication::translate("DraftCommand", "Redone: %1").arg(text()));
    else
        m_target.draftCommandFailed(done.message());
}

void DraftCommand::undo()
{
    const Status done = revert();
    if (done)
        m_target.draftChanged(QCoreApplication::translate("DraftCommand", "Undone: %1").arg(text()));
    else
        m_target.draftCommandFailed(done.message());
}

Result<qint64> DraftCommand::lineIdAt(int position)
{
    auto draft = m_target.storedDraft();
    if (!draft)
        return draft.error();
    for (const DocumentLine &line : draft->lines)
        if (line.position == position)
            return line.id;
    return Error::notFound(QCoreApplication::translate("DraftCommand", "Line %1 is no longer on the draft.")
                               .arg(position));
}
