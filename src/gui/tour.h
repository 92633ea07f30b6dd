#pragma once

#include <QString>

namespace tightside::gui {

/// Drives a window with sample data through each place (welcome, a group page, the plan, the
/// player, the re-check, the summary, the history, the seek-care page) and saves a PNG of
/// each into `outDir`. Uses a temporary data dir and settings, a manual clock and no voice.
/// Returns 0 when every picture was written.
int runScreenshotTour(const QString& outDir);

} // namespace tightside::gui
