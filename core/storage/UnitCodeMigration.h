#pragma once

#include "Database.h"

// The C++ part of schema 12 (resources/migrations/sqlite/0012_einvoice_documents.sql), run by
// Database::migrate in the migration's transaction: every document line and catalog item gets the
// UN/ECE Rec 20 code of its unit text (UnitCodes::fromUnitText; an unlisted text is C62). The
// lines of posted documents are immutable (trigger document_lines_frozen_update): the trigger is
// set aside for this one statement and created again from its own stored text. A file without
// lines or items (a new company file) costs two empty reads.
namespace UnitCodeMigration {
Status run(Database &db);
}
