// Works on JSON text without re-encoding it, so that what a client sent is what others receive
// (key order, big integers, U+2028 and friends survive a relay byte for byte).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace gatehouse {

class JsonText {
public:
    enum class Kind { Invalid, Object, Array, String, Number, Bool, Null };

    struct Validated {
        Kind kind = Kind::Invalid;
        QJsonValue value; // the parsed value (numbers as double): for inspection, never for relaying
    };

    // Validates `text` as one complete JSON value: the JSON grammar is checked as strictly as
    // JavaScript's JSON.parse does (Qt's parser alone is laxer), then Qt's parser reads it.
    static Validated validate(QByteArrayView text);

    // Splits the text of a *validated* JSON array into the raw text of its elements.
    static QList<QByteArrayView> splitArray(QByteArrayView arrayText);

    // Compact JSON text for a Qt value (scalars included).
    static QByteArray serialize(const QJsonValue &value);

    // Parses one JSON value of any kind (scalars included); nullopt when invalid.
    static std::optional<QJsonValue> parse(QByteArrayView text);
};

} // namespace gatehouse
