#include "UiInfo.h"

#include <QtWidgets/qtwidgetsversion.h>

namespace gatehouse::ui {

QString widgetsVersion()
{
    return QStringLiteral(QTWIDGETS_VERSION_STR);
}

} // namespace gatehouse::ui
