#pragma once

#include "DraftCommand.h"

// Changes the header of a draft: customer, service date, terms, reference, notes, language.
class EditHeaderCommand : public DraftCommand
{
public:
    EditHeaderCommand(DraftCommandTarget &target, Document before, Document after, const QString &what);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const Document &header, bool keepTerms);

    Document m_before;
    Document m_after;
};
