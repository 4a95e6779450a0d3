#include "NamespaceRules.h"

namespace gatehouse {

namespace {

int rank(const QString &role)
{
    if (role == QLatin1StringView("admin"))
        return 2;
    return role == QLatin1StringView("moderator") ? 1 : 0;
}

int requiredRank(NamespacePolicy policy)
{
    if (policy == NamespacePolicy::Admin)
        return 2;
    return policy == NamespacePolicy::Moderator ? 1 : 0;
}

} // namespace

QString NamespaceRules::policyName(NamespacePolicy policy)
{
    switch (policy) {
    case NamespacePolicy::Anonymous:
        return QStringLiteral("anonymous");
    case NamespacePolicy::User:
        return QStringLiteral("user");
    case NamespacePolicy::Moderator:
        return QStringLiteral("moderator");
    case NamespacePolicy::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

Expected<QHash<QString, NamespacePolicy>, QString> NamespaceRules::parsePolicies(const QString &text)
{
    QHash<QString, NamespacePolicy> policies;
    const QStringList entries = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        const QString nsp = entry.left(colon).trimmed();
        const QString name = entry.mid(colon + 1).trimmed().toLower();
        if (colon <= 0 || !nsp.startsWith(QLatin1Char('/')))
            return unexpected(QStringLiteral("\"%1\" should look like /namespace:policy").arg(entry));
        if (name == QLatin1StringView("anonymous"))
            policies.insert(nsp, NamespacePolicy::Anonymous);
        else if (name == QLatin1StringView("user"))
            policies.insert(nsp, NamespacePolicy::User);
        else if (name == QLatin1StringView("moderator"))
            policies.insert(nsp, NamespacePolicy::Moderator);
        else if (name == QLatin1StringView("admin"))
            policies.insert(nsp, NamespacePolicy::Admin);
        else
            return unexpected(
                QStringLiteral("unknown policy \"%1\" for %2: use anonymous, user, moderator or admin")
                    .arg(name, nsp));
    }
    return policies;
}

NamespacePolicy NamespaceRules::policyFor(const QString &nsp) const
{
    return policies.value(nsp, defaultPolicy);
}

bool NamespaceRules::admits(NamespacePolicy policy, const QString &role)
{
    return rank(role) >= requiredRank(policy);
}

} // namespace gatehouse
