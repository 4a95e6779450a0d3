// Durations as operators type them: a number and a unit, s, m, h, d or w ("30m", "2h", "7d",
// "1w"), or several ("1h30m"). Used by `user suspend --for` and `audit --since`.
#pragma once

#include <QString>

#include <optional>

namespace gatehouse::app {

class DurationText {
public:
    static constexpr qint64 MaximumSeconds = 100LL * 365 * 24 * 3600; // a century is plenty

    // Seconds, or std::nullopt when `text` is not such a duration, is zero, or is longer than
    // MaximumSeconds.
    static std::optional<qint64> toSeconds(const QString &text);
};

} // namespace gatehouse::app
