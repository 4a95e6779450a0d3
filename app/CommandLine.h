// Parses `gatehouse [command] [options]` and runs the command.
#pragma once

namespace gatehouse::app {

class CommandLine {
public:
    static int run(int argc, char *argv[]);
};

} // namespace gatehouse::app
