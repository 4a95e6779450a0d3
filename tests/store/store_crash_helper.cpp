// Opens the store in argv[1], appends one audit record of type argv[2], prints its id, and then
// waits forever: the test kills it with SIGKILL and checks the record is still there.
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 2;
    auto store = gatehouse::Store::open(arguments.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    auto entry = (*store)->audit().append(arguments.at(2), QString(), QStringLiteral("victim"),
                                          QStringLiteral("127.0.0.1"), {{QStringLiteral("crash"), true}});
    if (!entry) {
        std::fprintf(stderr, "%s\n", qPrintable(entry.error()));
        return 1;
    }
    std::printf("appended %lld\n", static_cast<long long>(entry->id));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60);
}
