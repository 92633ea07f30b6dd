#include "lastcheckline.h"

#include "coursewords.h"

#include "tightside/core/course.h"
#include "tightside/l10n/l10n.h"
#include "tightside/store/recent.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace tightside::gui {

LastCheckLine::LastCheckLine(std::shared_ptr<const AppContext> context, const Clock& clock,
                             QWidget* parent)
    : QLabel(parent), m_context(std::move(context)), m_clock(clock)
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
    // One readdir and the newest file: cheap enough for the start.
    std::optional<core::Session> latest;
    const auto read = store::forEachNewestFirst(m_context->store(), "99999999T999999Z",
                                                [&latest](const store::StoredSession& stored) {
                                                    latest = stored.session;
                                                    return false;
                                                });
    if (!read || !latest) {
        hide();
        return;
    }
    core::CourseBuilder builder;
    builder.add(*latest);
    const auto started = builder.latestStart();
    if (!started) {
        hide();
        return;
    }
    // Now is the Services clock's; both dates are the computer's local ones.
    const auto now = std::chrono::floor<std::chrono::seconds>(m_clock.wallNow());
    const auto startedOffset = l10n::utcOffsetAt(*started);
    const int daysAgo =
        core::localDaysBetween(*started, startedOffset, now, l10n::utcOffsetAt(now));
    const QString text =
        lastCheckOverview(builder.course(startedOffset), m_context->protocol(), daysAgo);
    setText(text);
    setAccessibleDescription(text);
    show();
}

} // namespace tightside::gui
