#include "JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gatehouse {

namespace {

QByteArrayView trimmed(QByteArrayView text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

JsonText::Kind kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return JsonText::Kind::Object;
    case QJsonValue::Array: return JsonText::Kind::Array;
    case QJsonValue::String: return JsonText::Kind::String;
    case QJsonValue::Double: return JsonText::Kind::Number;
    case QJsonValue::Bool: return JsonText::Kind::Bool;
    case QJsonValue::Null: return JsonText::Kind::Null;
    case QJsonValue::Undefined: break;
    }
    return JsonText::Kind::Invalid;
}

} // namespace

std::optional<QJsonValue> JsonText::parse(QByteArrayView text)
{
    const QByteArrayView body = trimmed(text);
    if (body.isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    // QJsonDocument only takes objects and arrays at the top; wrap scalars in an array.
    if (body.front() == '{' || body.front() == '[') {
        const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QByteArray wrapped;
    wrapped.reserve(body.size() + 2);
    wrapped.append('[').append(body.data(), body.size()).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

JsonText::Validated JsonText::validate(QByteArrayView text)
{
    std::optional<QJsonValue> value = parse(text);
    if (!value)
        return {};
    return {kindOf(*value), std::move(*value)};
}

QList<QByteArrayView> JsonText::splitArray(QByteArrayView arrayText)
{
    QList<QByteArrayView> elements;
    const QByteArrayView text = trimmed(arrayText);
    if (text.size() < 2 || text.front() != '[')
        return elements;

    qsizetype depth = 0;
    qsizetype start = 1;
    bool inString = false;
    bool sawValue = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character can be neither a quote nor a backslash that ends us
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            sawValue = true;
            break;
        case '[':
        case '{':
            ++depth;
            sawValue = true;
            break;
        case '}':
            --depth;
            break;
        case ']':
            if (depth == 0) {
                if (sawValue)
                    elements.append(trimmed(text.sliced(start, i - start)));
                return elements;
            }
            --depth;
            break;
        case ',':
            if (depth == 0) {
                elements.append(trimmed(text.sliced(start, i - start)));
                start = i + 1;
            }
            break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break;
        default:
            sawValue = true;
            break;
        }
    }
    return elements;
}

QByteArray JsonText::serialize(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array: return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Undefined: return QByteArrayLiteral("null");
    default: break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace gatehouse
