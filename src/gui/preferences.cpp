#include "tightside/gui/preferences.h"

namespace tightside::gui {

Preferences::Preferences(QSettings& settings)
    : dataDir(settings, QStringLiteral("data/dir"), QString()),
      protocolPath(settings, QStringLiteral("protocol/path"), QString()),
      stepSeconds(settings, QStringLiteral("routine/stepSeconds"), 0),
      voiceEnabled(settings, QStringLiteral("voice/enabled"), true),
      voiceEngine(settings, QStringLiteral("voice/engine"), QString()),
      soundEnabled(settings, QStringLiteral("sound/enabled"), true),
      soundVolume(settings, QStringLiteral("sound/volume"), 80),
      welcomeAcknowledged(settings, QStringLiteral("welcome/acknowledged"), false),
      windowGeometry(settings, QStringLiteral("window/geometry"), QByteArray()),
      language(settings, QStringLiteral("ui/language"), QString()),
      activitiesSkipped(settings, QStringLiteral("activities/skipped"), QString()),
      theme(settings, QStringLiteral("ui/theme"), QStringLiteral("system")),
      textSize(settings, QStringLiteral("ui/textSize"), 100),
      keepPhotos(settings, QStringLiteral("measure/keepPhotos"), false), m_settings(settings)
{}

void Preferences::sync()
{
    m_settings.sync();
}

core::PlanOptions Preferences::planOptions() const
{
    core::PlanOptions options;
    if (const int preferred = stepSeconds(); preferred > 0) {
        options.holdSeconds = preferred;
    }
    return options;
}

} // namespace tightside::gui
