#include "tightside/core/verdict.h"

#include <cmath>

namespace tightside::core {

namespace {
constexpr double kTolerance = 1e-9;
} // namespace

std::string_view verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Better:
        return "better";
    case Verdict::Worse:
        return "worse";
    case Verdict::NoClearChange:
        return "no_clear_change";
    }
    return "no_clear_change";
}

std::optional<Verdict> verdictFromId(std::string_view id)
{
    for (const Verdict verdict : {Verdict::Better, Verdict::Worse, Verdict::NoClearChange}) {
        if (verdictId(verdict) == id) {
            return verdict;
        }
    }
    return std::nullopt;
}

bool isRealChange(double before, double after)
{
    const double change = std::fabs(after - before);
    return change >= kRealChangePoints - kTolerance;
}

Verdict verdict(double before, double after, Direction direction)
{
    if (!isRealChange(before, after)) {
        return Verdict::NoClearChange;
    }
    // A real change by the ratings' rule: its direction, by the one rule below.
    return verdict(before, after, 0.0, direction);
}

Verdict verdict(double before, double after, double minChange, Direction direction)
{
    if (after == before || std::fabs(after - before) < minChange - kTolerance) {
        return Verdict::NoClearChange;
    }
    const bool fell = after < before;
    const bool good = direction == Direction::LowerIsBetter ? fell : !fell;
    return good ? Verdict::Better : Verdict::Worse;
}

} // namespace tightside::core
