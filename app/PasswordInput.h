// A password given on standard input (`--password-stdin`): the first line, without its line
// end. Scripts use it instead of a terminal prompt (PasswordPrompt) or an argument, which other
// users could read in the process list.
#pragma once

#include "core/Expected.h"

#include <QString>

namespace gatehouse::app {

class PasswordInput {
public:
    // Reads all of standard input, which must hold a single line.
    static Expected<QString, QString> fromStdin();
};

} // namespace gatehouse::app
