#pragma once

#include <QString>
#include <QStringList>

// The official schemas under ../shared/einvoice/xsd (FACTURO_EINVOICE_DIR) and xmllint.
namespace SchemaCheck {
QString ublInvoiceXsd();
QString ublCreditNoteXsd();
QString ciiXsd();
// The schema of a written document: UBL Invoice or CreditNote, or CII.
QString xsdFor(bool ubl, bool creditNote);
// Validates many files with one xmllint call; returns the files that failed, each followed by
// xmllint's messages about it. Empty = all valid.
QStringList failures(const QString &xsd, const QStringList &files);
} // namespace SchemaCheck
