#pragma once

#include "tightside/core/verdict.h"

#include <QString>

namespace tightside::text {

/// A verdict as a person reads it: "better", "worse", "no clear change", in the language
/// installed (context "tightside::text::Verdict"). The reports and the course text use it;
/// JSON and CSV keep core::verdictId().
QString verdictText(core::Verdict verdict);

} // namespace tightside::text
