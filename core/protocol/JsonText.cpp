#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Checks text against the JSON grammar (RFC 8259), as JavaScript's JSON.parse does. Qt's parser
// is laxer: it takes "1.", ".5", unknown escapes such as "\x" and raw control characters in
// strings. Text that only Qt accepts would be relayed verbatim to clients that cannot parse it.
// Encoding (UTF-8) and number range are left to Qt.
class SyntaxCheck {
public:
    explicit SyntaxCheck(QByteArrayView text) : m_text(text) { }

    bool isValid()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return atEnd();
    }

private:
    static constexpr int MaxDepth = 1024; // as Qt's parser

    bool atEnd() const { return m_pos >= m_text.size(); }
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    bool consume(char c)
    {
        if (atEnd() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool value(int depth)
    {
        if (atEnd())
            return false;
        switch (m_text[m_pos]) {
        case '{':
            return container(depth + 1, '}');
        case '[':
            return container(depth + 1, ']');
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    // An object (members "key": value) or an array, from its opening bracket on.
    bool container(int depth, char close)
    {
        if (depth > MaxDepth)
            return false;
        ++m_pos;
        skipSpace();
        if (consume(close))
            return true;
        do {
            skipSpace();
            if (close == '}') {
                if (!string())
                    return false;
                skipSpace();
                if (!consume(':'))
                    return false;
                skipSpace();
            }
            if (!value(depth))
                return false;
            skipSpace();
        } while (consume(','));
        return consume(close);
    }

    bool string()
    {
        if (!consume('"'))
            return false;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text[m_pos++]);
            if (c == '"')
                return true;
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (atEnd())
                return false;
            const char escaped = m_text[m_pos++];
            if (escaped == 'u') {
                for (int i = 0; i < 4; ++i) {
                    if (atEnd() || !isHexDigit(m_text[m_pos++]))
                        return false;
                }
            } else if (!QByteArrayView("\"\\/bfnrt").contains(escaped)) {
                return false;
            }
        }
        return false;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    bool number()
    {
        consume('-');
        if (!consume('0') && !digits())
            return false;
        if (consume('.') && !digits())
            return false;
        if (consume('e') || consume('E')) {
            if (!consume('+'))
                consume('-');
            if (!digits())
                return false;
        }
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > start;
    }

    bool literal(QByteArrayView word)
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return false;
        m_pos += word.size();
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

JsonText::Kind kindOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonText::Kind::Object;
    case QJsonValue::Array:
        return JsonText::Kind::Array;
    case QJsonValue::String:
        return JsonText::Kind::String;
    case QJsonValue::Double:
        return JsonText::Kind::Number;
    case QJsonValue::Bool:
        return JsonText::Kind::Bool;
    case QJsonValue::Null:
        return JsonText::Kind::Null;
    case QJsonValue::Undefined:
        break;
    }
    return JsonText::Kind::Invalid;
}

} // namespace

std::optional<QJsonValue> JsonText::parse(QByteArrayView text)
{
    const QByteArrayView body = trimmed(text);
    if (body.isEmpty() || !SyntaxCheck(body).isValid())
        return std::nullopt;
    QJsonParseError error {};
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
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    default:
        break;
    }
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace gatehouse
