#ifdef FACTURO_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int facturoRunCatch(int argc, char *argv[]); // CatchRunner.cpp

int main(int argc, char *argv[])
{
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("facturo-tests"));
    return facturoRunCatch(argc, argv);
}
