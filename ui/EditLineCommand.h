#pragma once

#include "DraftCommand.h"

// Changes one line of a draft (any of its cells).
class EditLineCommand : public DraftCommand
{
public:
    EditLineCommand(DraftCommandTarget &target, int position, DocumentLine before, DocumentLine after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(DocumentLine line);

    int m_position;
    DocumentLine m_before;
    DocumentLine m_after;
};
