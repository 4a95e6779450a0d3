#include "Argument.h"

#include "JsonText.h"

#include <cmath>

namespace gatehouse {

namespace {

// The attachment index when `value` is a placeholder object pointing into a list of `count`
// attachments, otherwise -1. The range is checked on the double: converting an out-of-range
// double to an integer is undefined behaviour.
qsizetype placeholderIndex(const QJsonValue &value, qsizetype count)
{
    if (!value.isObject())
        return -1;
    const QJsonObject object = value.toObject();
    if (!object.value(QLatin1StringView("_placeholder")).toBool())
        return -1;
    const QJsonValue num = object.value(QLatin1StringView("num"));
    const double n = num.toDouble(-1);
    if (!num.isDouble() || !(n >= 0 && n < static_cast<double>(count)) || n != std::floor(n))
        return -1;
    return static_cast<qsizetype>(n);
}

} // namespace

Argument::Argument() : m_json(QByteArrayLiteral("null"))
{
}

Argument::Argument(const QJsonValue &value) : m_json(JsonText::serialize(value))
{
}

Argument Argument::fromRawJson(QByteArray json, Attachments attachments)
{
    Argument argument;
    argument.m_json = std::move(json);
    argument.m_attachments = std::move(attachments);
    return argument;
}

Argument Argument::fromBinary(QByteArray bytes)
{
    return fromRawJson(QByteArrayLiteral(R"({"_placeholder":true,"num":0})"),
                       std::make_shared<const QList<QByteArray>>(QList<QByteArray> {std::move(bytes)}));
}

QJsonValue Argument::toJson() const
{
    return JsonText::parse(m_json).value_or(QJsonValue());
}

bool Argument::isBinary() const
{
    return hasAttachments() && placeholderIndex(toJson(), m_attachments->size()) >= 0;
}

QByteArray Argument::binary() const
{
    if (!hasAttachments())
        return {};
    const qsizetype index = placeholderIndex(toJson(), m_attachments->size());
    return index >= 0 ? m_attachments->at(index) : QByteArray();
}

bool operator==(const Argument &a, const Argument &b)
{
    if (a.hasAttachments() != b.hasAttachments())
        return false;
    if (!a.hasAttachments())
        return a.m_json == b.m_json;
    // Compare what the receiver would reconstruct: same structure and same bytes.
    return a.toJson() == b.toJson() && *a.m_attachments == *b.m_attachments;
}

} // namespace gatehouse
