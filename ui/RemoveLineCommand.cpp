#include "RemoveLineCommand.h"

#include "DraftService.h"

#include <QCoreApplication>

RemoveLineCommand::RemoveLineCommand(DraftCommandTarget &target, DocumentLine removed)
    : DraftCommand(target, QCoreApplication::translate("DraftCommand", "remove line \"%1\"").arg(removed.description)),
      m_removed(std::move(removed))
{
}

Status RemoveLineCommand::apply()
{
    auto id = lineIdAt(m_removed.position);
    if (!id)
        return id.error();
    return m_target.draftService().removeLine(m_target.draftId(), id.value());
}

Status RemoveLineCommand::revert()
{
    DocumentLine line = m_removed;
    line.id = 0;
    auto id = m_target.draftService().addLine(m_target.draftId(), line);
    if (!id)
        return id.error();
    return {};
}
