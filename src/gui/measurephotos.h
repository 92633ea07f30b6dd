#pragma once

#include "tightside/core/region.h"
#include "tightside/core/session.h"

#include <QImage>
#include <QString>

#include <map>

namespace tightside::gui {

/// The photos measured on the group pages, per group and side.
using MeasuredPhotos = std::map<core::Region, std::map<core::Side, QImage>>;

/// Keeps the measured photos of `session` (only when the person chose "Keep the photos"):
/// each as a JPEG, 0600, written atomically, in the data folder's photos/ (0700), named after
/// the session, the group and the side, and notes them in `session.photos` (contracts.md
/// "Measured angles"). Returns the error sentence of a photo that could not be kept (the
/// others are kept), or empty.
QString keepMeasuredPhotos(const QString& dataDir, const MeasuredPhotos& photos,
                           core::Session& session);

} // namespace tightside::gui
