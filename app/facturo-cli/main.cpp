#include "CliApplication.h"
#include "CliPdfCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Painting documents (invoice pdf) needs a QGuiApplication for its fonts; it never opens a
    // window, so it runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (CliPdfCommands::needsGraphics(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("facturo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Facturo"));
    return CliApplication::run(QCoreApplication::arguments());
}
