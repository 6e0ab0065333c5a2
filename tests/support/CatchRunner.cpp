// Catch2's implementation, compiled once for both test runners (TestMain.cpp has their main()).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <functional>
#include <vector>

// What runs after each test case (test support registers the clean-up of the server databases a
// test case made, tests/support/TestServer.cpp).
std::vector<std::function<void()>> &facturoTestCaseEndHooks()
{
    static std::vector<std::function<void()>> hooks;
    return hooks;
}

namespace {
struct TestCaseEndListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        for (const auto &hook : facturoTestCaseEndHooks())
            hook();
        TestEventListenerBase::testCaseEnded(stats);
    }
};
} // namespace
CATCH_REGISTER_LISTENER(TestCaseEndListener)

int facturoRunCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
