// POSIX: echo is turned off with termios. If a signal (Ctrl+C, a closed terminal) ends the
// program while the prompt waits, the handler restores the terminal first: otherwise the
// user's shell would be left not echoing what they type.
#include "PasswordPrompt.h"

#include <QByteArray>

#include <csignal>
#include <cstdio>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace gatehouse::app {

namespace {

struct termios g_saved { };
constexpr int g_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[std::size(g_signals)] {};

void restoreAndReraise(int signalNumber)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved); // async-signal-safe
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

} // namespace

bool PasswordPrompt::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QString> PasswordPrompt::read(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);

    const bool terminal = ::tcgetattr(STDIN_FILENO, &g_saved) == 0;
    if (terminal) {
        struct sigaction action { };
        action.sa_handler = restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (size_t i = 0; i < std::size(g_signals); ++i)
            ::sigaction(g_signals[i], &action, &g_previous[i]);
        struct termios silent = g_saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        silent.c_lflag |= ECHONL; // the Enter key still moves to the next line
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }

    QByteArray line;
    bool complete = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        if (c == '\n') {
            complete = true;
            break;
        }
        line.append(static_cast<char>(c));
    }

    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        for (size_t i = 0; i < std::size(g_signals); ++i)
            ::sigaction(g_signals[i], &g_previous[i], nullptr);
    }
    if (!complete && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    QString password = QString::fromLocal8Bit(line);
    line.fill('\0');
    return password;
}

} // namespace gatehouse::app
