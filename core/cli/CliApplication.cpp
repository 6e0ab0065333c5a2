#include "CliApplication.h"

int CliApplication::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 0;
}
