#include "Argument.h"

#include "JsonText.h"

namespace gatehouse {

namespace {

// The attachment index when `value` is a placeholder object, otherwise -1.
qsizetype placeholderIndex(const QJsonValue &value)
{
    if (!value.isObject())
        return -1;
    const QJsonObject object = value.toObject();
    if (!object.value(QLatin1StringView("_placeholder")).toBool())
        return -1;
    const QJsonValue num = object.value(QLatin1StringView("num"));
    return num.isDouble() ? static_cast<qsizetype>(num.toDouble()) : -1;
}

} // namespace

Argument::Argument() : m_json(QByteArrayLiteral("null")) {}

Argument::Argument(const QJsonValue &value) : m_json(JsonText::serialize(value)) {}

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
                       std::make_shared<const QList<QByteArray>>(QList<QByteArray>{std::move(bytes)}));
}

QJsonValue Argument::toJson() const
{
    return JsonText::parse(m_json).value_or(QJsonValue());
}

bool Argument::isBinary() const
{
    if (!hasAttachments())
        return false;
    const qsizetype index = placeholderIndex(toJson());
    return index >= 0 && index < m_attachments->size();
}

QByteArray Argument::binary() const
{
    if (!hasAttachments())
        return {};
    const qsizetype index = placeholderIndex(toJson());
    return index >= 0 && index < m_attachments->size() ? m_attachments->at(index) : QByteArray();
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
