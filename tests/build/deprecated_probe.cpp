// Compiled only by the test build.qt_deprecated_api_refused, never linked into anything.
// QString::count() without arguments is deprecated since Qt 6.4. With the project's guard
// (QT_DISABLE_DEPRECATED_BEFORE, CMakeLists.txt) the header leaves it out and this file must
// not compile; if it compiles, the guard is off and the test fails.
#include <QString>

qsizetype tightsideDeprecatedProbe()
{
    return QString(QStringLiteral("probe")).count();
}
