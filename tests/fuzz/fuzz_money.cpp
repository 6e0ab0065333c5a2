// Money, quantity, unit price and percentage parsing: never crashes, and whatever parses prints
// back to text that parses to the same value.
#include "FixedDecimal.h"
#include "FuzzCheck.h"
#include "Money.h"
#include "TaxCalculator.h"

#include <cstdint>

namespace {
template<typename T>
void roundTrip(const QString &text)
{
    auto parsed = T::parse(text);
    if (!parsed) {
        FUZZ_CHECK(!parsed.message().isEmpty());
        return;
    }
    FUZZ_CHECK(std::abs(parsed->scaled()) <= T::maxAbsScaled);
    auto again = T::parse(parsed->toString());
    FUZZ_CHECK(again.ok() && again->scaled() == parsed->scaled());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const char *currency : {"EUR", "JPY", "BHD"}) {
        auto money = Money::parse(text, QString::fromLatin1(currency), true, size % 2 == 0);
        if (money) {
            FUZZ_CHECK(std::abs(money->minor()) <= Money::MaxMinor);
            auto again = Money::parse(money->toPlainString(), QString::fromLatin1(currency));
            FUZZ_CHECK(again.ok() && again->minor() == money->minor());
        } else {
            FUZZ_CHECK(!money.message().isEmpty());
        }
    }
    roundTrip<Quantity>(text);
    roundTrip<UnitPrice>(text);
    roundTrip<Percentage>(text);
    // Any parsed quantity and price give a line net or a clear refusal, never an overflow.
    auto q = Quantity::parse(text.left(text.size() / 2));
    auto p = UnitPrice::parse(text.mid(text.size() / 2), false);
    if (q && p) {
        auto net = TaxCalculator::lineNet(q.value(), p.value(), Percentage(), 2);
        FUZZ_CHECK(net.ok() ? std::abs(net.value()) <= Money::MaxMinor : !net.message().isEmpty());
    }
    return 0;
}
