#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace tightside::gui {

/// Drives a window with sample data through each place (welcome, a group page, the plan, the
/// player, the re-check, the summary, the history, the seek-care page) and saves a PNG of
/// each into `outDir`. Uses a temporary data dir and settings, a manual clock and no voice.
/// Returns 0 when every picture was written.
/// Last, the plan and the player in German ("plan-de", "player-de").
int runScreenshotTour(const QString& outDir);

/// Called at each place of the tour with the window and the place's picture name.
using TourVisitor = std::function<bool(QWidget& window, const QString& name)>;

/// The whole tour once, in the light look and the language installed now, calling `visit` at
/// every place instead of saving a picture (the pseudo-language test checks each place).
/// Returns 0 when every visit returned true.
int runTour(const TourVisitor& visit);

} // namespace tightside::gui
