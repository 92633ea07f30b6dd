#pragma once

#include "tightside/core/plan.h"
#include "tightside/core/protocol.h"
#include "tightside/store/result.h"

#include <QByteArray>

namespace tightside::report {

/// "Print today's routine": a one-page A4 PDF of the plan's steps in order, each with its
/// side, hold, technique and how to do it, for the floor. The text shrinks until it fits one
/// page (a plan has at most seven steps). Its words are in the language installed
/// (context "tightside::report::Handout"); the protocol's texts come in the language it was
/// loaded in. Needs a QGuiApplication (fonts; see GuiForReport).
store::Result<QByteArray> renderHandout(const core::Plan& plan, const core::Protocol& protocol);

} // namespace tightside::report
