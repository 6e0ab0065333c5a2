#include "CliPassword.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliPassword", text, disambiguation, n);
}

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// One line typed on the terminal with its echo off (restored afterwards).
Result<QString> prompt(CliSession &s, const QString &question)
{
    s.err << question;
    s.err.flush();
    termios saved {};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL;
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray typed;
    bool ended = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            ended = true;
            break;
        }
        typed.append(static_cast<char>(c));
    }
    if (haveTerminal)
        (void)tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (typed.endsWith('\r'))
        typed.chop(1);
    if (!ended && typed.isEmpty())
        return Error::permission(tr("No password was typed. Nothing was done."));
    return QString::fromUtf8(typed);
}
} // namespace

Result<QString> CliPassword::signIn(CliSession &s, const QString &userName)
{
    if (qEnvironmentVariableIsSet("FACTURO_PASSWORD"))
        return qEnvironmentVariable("FACTURO_PASSWORD");
    if (!stdinIsTerminal())
        return Error::permission(tr("This company file asks for passwords: give the password of %1 in the "
                                    "environment variable FACTURO_PASSWORD, or run facturo-cli in a terminal to be "
                                    "asked for it. Nothing was done.")
                                     .arg(userName));
    return prompt(s, tr("Password of %1: ").arg(userName));
}

Result<QString> CliPassword::newPassword(CliSession &s, const QString &userName)
{
    if (qEnvironmentVariableIsSet("FACTURO_NEW_PASSWORD"))
        return qEnvironmentVariable("FACTURO_NEW_PASSWORD");
    if (!stdinIsTerminal())
        return Error::invalid(tr("Give the new password of %1 in the environment variable FACTURO_NEW_PASSWORD, or "
                                 "run facturo-cli in a terminal to type it. Nothing was changed.")
                                  .arg(userName));
    auto first = prompt(s, tr("New password of %1: ").arg(userName));
    if (!first)
        return first.error();
    auto again = prompt(s, tr("The same password again: "));
    if (!again)
        return again.error();
    if (first.value() != again.value())
        return Error::invalid(tr("The two passwords differ. Nothing was changed."));
    return first.value();
}
