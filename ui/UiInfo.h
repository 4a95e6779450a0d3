// The Widgets layer is filled in by the desktop-app issue; this keeps the library and its
// link rule (ui -> core, never the reverse) in place from the start.
#pragma once

#include <QString>

namespace gatehouse::ui {

QString widgetsVersion();

} // namespace gatehouse::ui
