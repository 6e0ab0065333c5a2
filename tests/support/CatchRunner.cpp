// Catch2's implementation, compiled once for both test runners (TestMain.cpp has their main()).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int facturoRunCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
