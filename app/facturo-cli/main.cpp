#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("facturo"));
    QCoreApplication::setOrganizationName(QStringLiteral("Facturo"));
    return CliApplication::run(QCoreApplication::arguments());
}
