#include "EditHeaderCommand.h"

#include "DraftService.h"

EditHeaderCommand::EditHeaderCommand(DraftCommandTarget &target, Document before, Document after,
                                     const QString &what)
    : DraftCommand(target, what), m_before(std::move(before)), m_after(std::move(after))
{
    m_before.lines.clear();
    m_after.lines.clear();
}

Status EditHeaderCommand::write(const Document &header, bool keepTerms)
{
    auto stored = m_target.storedDraft();
    if (!stored)
        return stored.error();
    const bool customerChanges = stored->customerId != header.customerId;
    FACTURO_TRY(m_target.draftService().updateHeader(header));
    // A new customer brings their own terms and language: a second pass puts back the ones
    // this header had (undoing a customer change restores the terms typed before it).
    if (customerChanges && keepTerms)
        FACTURO_TRY(m_target.draftService().updateHeader(header));
    return {};
}

Status EditHeaderCommand::apply()
{
    return write(m_after, false);
}

Status EditHeaderCommand::revert()
{
    return write(m_before, true);
}

