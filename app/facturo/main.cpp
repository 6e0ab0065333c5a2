#include "GuiApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("facturo"));
    QApplication::setOrganizationName(QStringLiteral("Facturo"));
    QApplication::setApplicationDisplayName(QStringLiteral("Facturo"));
    return GuiApplication::run(app);
}
