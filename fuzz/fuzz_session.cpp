// libFuzzer target: session file text -> parseJsonText -> parseSession (built-in protocol).
// A session file is the one input the app reads back from disk (and from other computers via
// a sync tool), so bad files must only ever yield problems; an accepted session must hold no
// step, done entry or re-check on a never-region (M3) and survive a round trip unchanged.

#include "fuzzcheck.h"

#include "tightside/core/jsonio.h"
#include "tightside/core/protocol.h"
#include "tightside/core/session.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace tightside::core;
using tightside::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::optional<nlohmann::json> value = tightside::fuzz::parseInput(data, size);
    if (!value) {
        return 0;
    }
    const Protocol& protocol = builtinProtocol();
    const SessionParse parsed = parseSession(*value, protocol);
    require(parsed.session.has_value() == parsed.problems.empty(),
            "parseSession: a session exactly when there is no problem");
    if (!parsed.session) {
        return 0;
    }
    const Session& session = *parsed.session;
    require(isValidSessionId(session.id), "an accepted session has a valid id");
    tightside::fuzz::requireNoNeverTarget(session.plan);
    require(std::none_of(session.done.begin(), session.done.end(),
                         [](const DoneStep& step) { return isNeverRegion(step.group); }),
            "M3: a done step names a never-region");

    // The store rewrites what it read: the same session must come back.
    const nlohmann::json written = toJson(session);
    const SessionParse again = parseSession(written, protocol);
    require(again.session.has_value(), "session round trip: toJson output is accepted");
    require(toJson(*again.session) == written, "session round trip: the same session comes back");
    return 0;
}
