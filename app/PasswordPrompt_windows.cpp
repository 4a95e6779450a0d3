// Windows: echo is turned off on the console input handle with SetConsoleMode, and the line is
// read as UTF-16 so that any character the user types arrives intact.
#include "PasswordPrompt.h"

#include <cstdio>
#include <io.h>
#include <iterator>
#include <windows.h>

namespace gatehouse::app {

bool PasswordPrompt::isInteractive()
{
    return ::_isatty(::_fileno(stdin)) != 0;
}

std::optional<QString> PasswordPrompt::read(const QString &prompt)
{
    std::fputws(reinterpret_cast<const wchar_t *>(prompt.utf16()), stderr);
    std::fflush(stderr);

    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD savedMode = 0;
    const bool console = ::GetConsoleMode(input, &savedMode) != 0;
    if (console)
        ::SetConsoleMode(input, (savedMode & ~ENABLE_ECHO_INPUT) | ENABLE_LINE_INPUT);

    QString line;
    bool complete = false;
    wchar_t buffer[256];
    DWORD read = 0;
    while (console && ::ReadConsoleW(input, buffer, DWORD(std::size(buffer)), &read, nullptr) && read > 0) {
        line.append(QString::fromWCharArray(buffer, int(read)));
        if (line.endsWith(QLatin1Char('\n'))) {
            complete = true;
            break;
        }
    }

    if (console) {
        ::SetConsoleMode(input, savedMode);
        std::fputws(L"\n", stderr); // the Enter key was not echoed
    }
    if (!complete && line.isEmpty())
        return std::nullopt;
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace gatehouse::app
