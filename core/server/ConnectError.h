// Why a middleware refused a connection: reaches the client's `connect_error` as err.message
// and err.data.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace gatehouse {

struct ConnectError {
    QString message;
    QJsonValue data = QJsonValue::Undefined;
};

// The CONNECT_ERROR payload: {"message":...,"data":...}, keys in the reference order.
QByteArray connectErrorPayload(const ConnectError &error);

} // namespace gatehouse
