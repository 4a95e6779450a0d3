#include "ChatIcons.h"

#include <QPainter>
#include <QPixmap>

namespace gatehouse::ui {

QIcon ChatIcons::dot(const QColor &fill, const QColor &outline)
{
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(outline, size / 12.0));
        painter.setBrush(fill);
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon ChatIcons::online()
{
    return dot(QColor(0x2e, 0xa0, 0x43), QColor(0x1b, 0x6e, 0x2c));
}

QIcon ChatIcons::offline()
{
    return dot(Qt::transparent, QColor(0x8a, 0x8a, 0x8a));
}

QIcon ChatIcons::connecting()
{
    return dot(QColor(0xe0, 0xa0, 0x20), QColor(0xa0, 0x70, 0x10));
}

} // namespace gatehouse::ui
