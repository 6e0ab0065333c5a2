#pragma once

#include <QtGlobal>

// The one rounding rule of Facturo (DESIGN.md, EN 16931): half away from zero.
// numerator / divisor, rounded; divisor must be positive.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

inline Int128 roundHalfAwayFromZero(Int128 numerator, Int128 divisor)
{
    Q_ASSERT(divisor > 0);
    const Int128 quotient = numerator / divisor;
    const Int128 remainder = numerator % divisor;
    const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= divisor)
        return numerator < 0 ? quotient - 1 : quotient + 1;
    return quotient;
}

inline Int128 pow10i(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}
