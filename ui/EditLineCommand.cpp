#include "EditLineCommand.h"

#include "DraftService.h"

#include <QCoreApplication>

EditLineCommand::EditLineCommand(DraftCommandTarget &target, int position, DocumentLine before, DocumentLine after)
    : DraftCommand(target, QCoreApplication::translate("DraftCommand", "edit line %1").arg(position)),
      m_position(position), m_before(std::move(before)), m_after(std::move(after))
{
}

Status EditLineCommand::write(DocumentLine line)
{
    auto id = lineIdAt(m_position);
    if (!id)
        return id.error();
    line.id = id.value();
    line.position = m_position;
    return m_target.draftService().updateLine(m_target.draftId(), line);
}

Status EditLineCommand::apply()
{
    return write(m_after);
}

Status EditLineCommand::revert()
{
    return write(m_before);
}
