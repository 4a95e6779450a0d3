// Reads a password from the terminal without echoing it. One implementation per platform:
// PasswordPrompt_posix.cpp (termios) and PasswordPrompt_windows.cpp (SetConsoleMode).
#pragma once

#include <QString>

#include <optional>

namespace gatehouse::app {

class PasswordPrompt {
public:
    // Whether standard input is a terminal someone can type into.
    static bool isInteractive();

    // Writes `prompt` to standard error, reads one line from standard input with echo off, and
    // restores the terminal, also when interrupted by Ctrl+C. std::nullopt on end of input.
    static std::optional<QString> read(const QString &prompt);
};

} // namespace gatehouse::app
