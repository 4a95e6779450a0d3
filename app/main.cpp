// The gatehouse executable: everything happens in CommandLine.
#include "CommandLine.h"

int main(int argc, char *argv[])
{
    return gatehouse::app::CommandLine::run(argc, argv);
}
