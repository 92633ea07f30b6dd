#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/report/report.h"
#include "tightside/store/result.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace tightside::report {

struct HandoutOptions
{
    /// Nullopt: defaultPaper(QLocale()).
    std::optional<Paper> paper;
    /// The date printed on it; nullopt: now (tests give a fixed one).
    std::optional<QDateTime> printed;
};

/// "Print today's routine": a one-page PDF (A4 or US Letter) of the plan's steps in order, for
/// the floor: the date, and for each step its side, hold, technique, the technique's drawing
/// (mirrored for the right side), how to do it, the discomfort limit, why the hold is gentle
/// (flare-up, each precaution's note), what to keep off, and why the step is there in short.
/// The text shrinks until it fits one page (a plan has at most seven steps). Its words are in the
/// language installed (context "tightside::report::Handout"); the protocol's texts come in the
/// language it was loaded in. Needs a QGuiApplication (fonts; see GuiForReport).
store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol,
                                        const HandoutOptions& options = {});

} // namespace tightside::report
