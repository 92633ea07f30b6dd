#include "checksession.h"

#include "measurephotos.h"

#include "tightside/l10n/l10n.h"

#include <QLoggingCategory>

#include <utility>

namespace tightside::gui {
namespace {
// What failed, for whoever fixes a bug; never the session's contents, id or file name.
Q_LOGGING_CATEGORY(lcPhotos, "tightside.check", QtInfoMsg)
} // namespace

CheckSession::CheckSession(std::shared_ptr<const AppContext> context, const Clock& clock,
                           QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_clock(clock),
      m_check(
          m_context->protocol(), m_context->store(), [&clock] { return clock.wallNow(); },
          l10n::utcOffsetAt)
{}

QString CheckSession::start(const core::Answers& answers, std::chrono::system_clock::time_point now)
{
    const QString dataDir = m_context->store().dataDir();
    auto photos = std::exchange(m_photos, {});
    return m_check.start(answers, now, [&](core::Session& session) {
        if (!keepMeasuredPhotos(dataDir, photos, session).isEmpty()) {
            qCWarning(lcPhotos) << "a measured photo could not be kept";
        }
    });
}

} // namespace tightside::gui
