#pragma once

#include <cstdio>
#include <cstdlib>

// A property a harness expects: when it does not hold, the input is a bug. Aborts so that both
// libFuzzer and the standalone driver report it.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
