#pragma once

#include "CliSession.h"

#include <QStringList>

// invoice pdf: PDFs of invoices and credit notes through DocumentPdfService (archived the first
// time, each export an audit event).
//   invoice pdf NUMBER|ID --out FILE
//   invoice pdf --month YYYY-MM [--out DIR] [--combined FILE] [--type invoice|credit-note|all]
namespace CliPdfCommands {
Status invoicePdf(CliSession &s);
// Whether this command line paints documents (invoice pdf; invoice or credit-note send, whose
// attachment is the PDF), and so needs a QGuiApplication: main() creates one, on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise. Arguments without the program name.
bool needsGraphics(const QStringList &arguments);
} // namespace CliPdfCommands
