#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/store/result.h"

#include <QByteArray>
#include <QString>

namespace tightside::report {

/// The words of the handout, already translated by the caller (the window).
struct HandoutWords
{
    QString title;
    /// "Left quadriceps, 90 s: Quadriceps roll" is built from these.
    QString left;
    QString right;
    QString seconds; // "%1 s"
    QString keepOff; // "Keep off: %1"
    QString footer;  // safety line at the bottom
};

/// "Print today's routine": a one-page A4 PDF of the plan's steps in order, each with its
/// side, hold, technique and how to do it, for the floor. The text shrinks until it fits one
/// page (a plan has at most seven steps). Needs a QGuiApplication (fonts; see GuiForReport).
store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol,
                                        const HandoutWords& words);

} // namespace tightside::report
