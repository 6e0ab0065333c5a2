#pragma once

#include <QString>

// International Bank Account Numbers (ISO 13616): normalisation and the mod-97 check.
namespace Iban {
QString normalized(const QString &text); // spaces removed, upper case
bool isValid(const QString &text);
QString grouped(const QString &text); // "FR76 3000 6000 0112 3456 7890 189"
} // namespace Iban
