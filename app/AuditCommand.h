// `gatehouse audit [--user NAME] [--type T] [--since WHEN] [--limit N]`: the audit log, newest
// first, from the running server (`gatehouse:audit` on /admin, paged) or, with --offline,
// straight from the store in the data folder.
#pragma once

#include <QStringList>

namespace gatehouse::app {

class AuditCommand {
public:
    // `arguments` starts with "audit".
    static int run(const QStringList &arguments);
};

} // namespace gatehouse::app
