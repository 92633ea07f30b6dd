#include "sessionfactory.h"

#include "tightside/core/rulesengine.h"

#include <random>

namespace storetest {

using namespace tightside::core;

Session makeSession(std::uint32_t seed, std::chrono::system_clock::time_point start,
                    std::uint32_t random)
{
    std::mt19937 generator(seed);
    const auto roll = [&generator](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(generator);
    };
    const Protocol& protocol = builtinProtocol();
    Session session;
    session.id = newSessionId(start, random);
    session.started = isoUtc(start);
    session.finished = isoUtc(start + std::chrono::minutes(20));
    session.protocolId = protocol.id;
    session.protocolVersion = protocol.version;
    session.answers.painNow = roll(0, 8);
    session.answers.minutes = 15;
    for (const Region group : kPrimaryGroups) {
        session.answers.setRating(group, {roll(1, 8), roll(1, 8)});
    }
    session.plan = RulesEngine(protocol).plan(session.answers);
    for (const Step& step : session.plan.steps) {
        const int pick = roll(0, 9);
        const Outcome outcome = pick < 7   ? Outcome::Completed
                                : pick < 9 ? Outcome::Skipped
                                           : Outcome::StoppedPain;
        session.done.push_back({step.group, step.side, step.technique, step.seconds, outcome});
    }
    for (const Region group : session.plan.recheck) {
        const auto& before = session.answers.rating(group);
        const int left = before ? before->left : 4;
        const int right = before ? before->right : 4;
        session.setRecheck(group,
                           {std::max(0, left - roll(0, 2)), std::max(0, right - roll(0, 1))});
    }
    session.painAfter = std::max(0, session.answers.painNow - roll(0, 3));
    session.notes = seed % 5 == 0 ? "felt easier on the stairs" : "";
    return session;
}

Session numberedSession(std::uint32_t index)
{
    // 2026-01-01T08:00:00Z
    const auto base = std::chrono::system_clock::time_point(std::chrono::seconds(1767254400));
    return makeSession(index, base + std::chrono::hours(24) * index + std::chrono::seconds(index),
                       index);
}

} // namespace storetest
