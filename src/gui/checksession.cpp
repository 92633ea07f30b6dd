#include "checksession.h"

#include "tightside/l10n/l10n.h"

#include <utility>

namespace tightside::gui {

CheckSession::CheckSession(std::shared_ptr<const AppContext> context, const Clock& clock,
                           QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_clock(clock),
      m_check(
          m_context->protocol(), m_context->store(), [&clock] { return clock.wallNow(); },
          l10n::utcOffsetAt)
{}

} // namespace tightside::gui
