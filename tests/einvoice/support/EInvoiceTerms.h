#pragma once

#include "EInvoice.h"

#include <QStringList>

// Every business term of a model as "BT-x name = value" lines, in a fixed order, so that two
// models can be compared value by value and a difference names its term.
namespace EInvoiceTerms {
QStringList list(const EInvoice &invoice);
}
