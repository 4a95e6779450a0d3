// One argument of an event or acknowledgement.
//
// An argument keeps the JSON text it arrived as, so forwarding it re-sends the same bytes. Binary
// data is referenced by placeholders into a list of attachments shared by all arguments that
// arrived in the same packet; a relay therefore never copies or re-encodes attachments.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>

namespace gatehouse {

class Argument {
public:
    using Attachments = std::shared_ptr<const QList<QByteArray>>;

    Argument(); // null
    Argument(const QJsonValue &value);
    Argument(const QJsonObject &value) : Argument(QJsonValue(value)) { }
    Argument(const QJsonArray &value) : Argument(QJsonValue(value)) { }
    Argument(const QString &value) : Argument(QJsonValue(value)) { }
    Argument(QLatin1StringView value) : Argument(QJsonValue(value)) { }
    Argument(bool value) : Argument(QJsonValue(value)) { }
    Argument(int value) : Argument(QJsonValue(value)) { }
    Argument(qint64 value) : Argument(QJsonValue(value)) { }
    Argument(double value) : Argument(QJsonValue(value)) { }

    static Argument fromRawJson(QByteArray json, Attachments attachments = {});
    static Argument fromBinary(QByteArray bytes);

    // The JSON text of this argument; placeholders stand where binary data goes.
    const QByteArray &rawJson() const { return m_json; }
    const Attachments &attachments() const { return m_attachments; }
    bool hasAttachments() const { return m_attachments && !m_attachments->isEmpty(); }

    // Parsed views, for handlers that read the value (numbers become doubles: use rawJson() to
    // keep integers beyond 2^53 exact).
    QJsonValue toJson() const;
    QString toString() const { return toJson().toString(); }
    QJsonObject toObject() const { return toJson().toObject(); }
    bool isNull() const { return m_json == "null"; }

    // True when the argument is exactly one piece of binary data; binary() returns it.
    bool isBinary() const;
    QByteArray binary() const;

    friend bool operator==(const Argument &a, const Argument &b);

private:
    QByteArray m_json;
    Attachments m_attachments;
};

using Arguments = QList<Argument>;

} // namespace gatehouse
