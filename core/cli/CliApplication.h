#pragma once

#include <QStringList>

// facturo-cli: `facturo-cli --db FILE <verb> ...`. Returns the process exit code.
class CliApplication
{
public:
    static int run(const QStringList &arguments);
};
