#pragma once

#include <QString>

// ISO 4217 facts Facturo needs: is the code known, and how many minor-unit digits it has.
namespace Currency {
bool isKnown(const QString &code);
int minorDigits(const QString &code); // EUR 2, JPY 0, BHD 3; unknown codes 2
QString symbol(const QString &code);  // "€" for EUR, else the code itself
} // namespace Currency
