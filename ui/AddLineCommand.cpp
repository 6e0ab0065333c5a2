#include "AddLineCommand.h"

#include "DraftService.h"

#include <QCoreApplication>

AddLineCommand::AddLineCommand(DraftCommandTarget &target, DocumentLine line, int position)
    : DraftCommand(target, QCoreApplication::translate("DraftCommand", "add line \"%1\"").arg(line.description)),
      m_line(std::move(line)), m_position(position)
{
}

Status AddLineCommand::apply()
{
    DocumentLine line = m_line;
    line.id = 0;
    line.position = m_position;
    auto id = m_target.draftService().addLine(m_target.draftId(), line);
    if (!id)
        return id.error();
    auto draft = m_target.storedDraft();
    if (!draft)
        return draft.error();
    for (const DocumentLine &stored : draft->lines)
        if (stored.id == id.value())
            m_position = stored.position;
    return {};
}

Status AddLineCommand::revert()
{
    auto id = lineIdAt(m_position);
    if (!id)
        return id.error();
    return m_target.draftService().removeLine(m_target.draftId(), id.value());
}
