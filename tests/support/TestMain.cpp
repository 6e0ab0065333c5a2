#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef FACTURO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("facturo-tests"));
    return Catch::Session().run(argc, argv);
}
