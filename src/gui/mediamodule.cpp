// The sound, voice and camera module's one export (mediamodule.h).
#include "mediamodule.h"

namespace {

constexpr tightside::gui::MediaModule kModule{
    tightside::gui::kMediaModuleVersion,
    &tightside::gui::makeQtSoundSink,
    &tightside::gui::makeQtSpeechSink,
    &tightside::gui::makeQtCamera,
};

} // namespace

extern "C" Q_DECL_EXPORT const tightside::gui::MediaModule* tightside_media_module()
{
    return &kModule;
}
