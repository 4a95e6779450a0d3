#include "RandomId.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace gatehouse {

QString RandomId::generate()
{
    std::array<quint32, 4> random {};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()), 15);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace gatehouse
