#pragma once

#include "DraftCommand.h"

// Adds a line to a draft (at a position, or at the end when the position is 0).
class AddLineCommand : public DraftCommand
{
public:
    AddLineCommand(DraftCommandTarget &target, DocumentLine line, int position = 0);

protected:
    Status apply() override;
    Status revert() override;

private:
    DocumentLine m_line;
    int m_position;
};
