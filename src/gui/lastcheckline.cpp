#include "lastcheckline.h"

#include "checksession.h"
#include "coursewords.h"

#include <QCoreApplication>

namespace tightside::gui {

LastCheckLine::LastCheckLine(CheckSession& check, QWidget* parent) : QLabel(parent), m_check(check)
{
    setObjectName(QStringLiteral("lastCheck"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::TabFocus);
    // Translated as the flow's, where it was before the line had a class of its own.
    setAccessibleName(QCoreApplication::translate("tightside::gui::CheckFlow", "Your last check"));
    refresh();
}

void LastCheckLine::refresh()
{
    const auto last = m_check.check().lastCheck();
    if (!last) {
        hide();
        return;
    }
    const QString text = lastCheckOverview(last->course, m_check.protocol(), last->daysAgo);
    setText(text);
    setAccessibleDescription(text);
    show();
}

} // namespace tightside::gui
