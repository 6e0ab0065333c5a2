#pragma once

#include "DraftCommand.h"

// Removes one line of a draft; undo puts it back at the same place.
class RemoveLineCommand : public DraftCommand
{
public:
    RemoveLineCommand(DraftCommandTarget &target, DocumentLine removed);

protected:
    Status apply() override;
    Status revert() override;

private:
    DocumentLine m_removed;
};
