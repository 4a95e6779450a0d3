#include "DurationText.h"

#include <QRegularExpression>

namespace gatehouse::app {

namespace {

qint64 unitSeconds(QChar unit)
{
    switch (unit.toLatin1()) {
    case 's':
        return 1;
    case 'm':
        return 60;
    case 'h':
        return 3600;
    case 'd':
        return 24 * 3600;
    case 'w':
        return 7 * 24 * 3600;
    default:
        return 0;
    }
}

} // namespace

std::optional<qint64> DurationText::toSeconds(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d{1,7}[smhdw])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d{1,7})([smhdw])"));
    const QString trimmed = text.trimmed().toLower();
    if (!whole.match(trimmed).hasMatch())
        return std::nullopt;
    qint64 seconds = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        // At most 7 digits per part, so no part can overflow; the sum is checked as it grows.
        seconds += match.captured(1).toLongLong() * unitSeconds(match.captured(2).at(0));
        if (seconds > MaximumSeconds)
            return std::nullopt;
    }
    if (seconds <= 0)
        return std::nullopt;
    return seconds;
}

} // namespace gatehouse::app
