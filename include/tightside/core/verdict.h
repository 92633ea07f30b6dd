#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tightside::core {

/// What a change between two of the person's ratings means (contracts.md "Verdicts").
enum class Verdict : std::uint8_t
{
    Better,
    Worse,
    NoClearChange,
};

/// Which way is good for the value compared.
enum class Direction : std::uint8_t
{
    /// Pain, a left/right gap: a fall is better.
    LowerIsBetter,
    /// An activity score: a rise is better.
    HigherIsBetter,
};

/// "better", "worse", "no_clear_change".
std::string_view verdictId(Verdict verdict);
/// Parses a verdict id; nullopt when it is not one of the three.
std::optional<Verdict> verdictFromId(std::string_view id);

/// The smallest change of a 0-10 rating that counts (contracts.md "Verdicts", third wave).
inline constexpr double kRealChangePoints = 2.0;

/// True when a change from `before` to `after` is real by the one rule of clinical.md section
/// 7: |after - before| >= 2 points. (The old "or 30%" branch is gone: on a 0-10 rating it only
/// ever added 1-point changes, which are within the noise.) Ratings are whole numbers or
/// tenths; a tolerance of 1e-9 keeps exactly 2 points from being lost to binary rounding.
bool isRealChange(double before, double after);

/// The one verdict rule, used everywhere (a session's before/after, a group's course, pain,
/// activities): a real fall is Better, a real rise Worse (flipped for HigherIsBetter), anything
/// else NoClearChange. It says what the person's ratings did, never why.
Verdict verdict(double before, double after, Direction direction = Direction::LowerIsBetter);

/// The same rule with the smallest real change given: a change is real when |after - before|
/// >= `minChange`. Measured angles use their test's mdc_degrees (contracts.md "Verdicts"); the
/// ratings' verdict() above is this rule once a change counts.
Verdict verdict(double before, double after, double minChange, Direction direction);

} // namespace tightside::core
