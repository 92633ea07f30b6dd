#include "testdata.h"

#include "tightside/core/jsonio.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace testdata {

using namespace tightside::core;

const Protocol& builtinProtocol()
{
    return tightside::core::builtinProtocol();
}

nlohmann::json builtinProtocolJson()
{
    return nlohmann::json::parse(builtinProtocolText());
}

Step makeStep(Region group, Side side, int seconds)
{
    Step step;
    step.group = group;
    step.side = side;
    step.technique = "test-technique";
    step.targets = {group};
    step.seconds = seconds;
    return step;
}

Answers balancedAnswers()
{
    Answers answers;
    answers.painNow = 3;
    for (const Region group : kPrimaryGroups) {
        answers.setRating(group, {4, 4});
    }
    return answers;
}

nlohmann::json balancedAnswersJson()
{
    return toJson(balancedAnswers());
}

UtcTime at(const char* iso)
{
    const auto time = parseIsoUtc(iso);
    REQUIRE(time.has_value());
    return *time;
}

bool hasProblemAt(const Problems& problems, const std::string& pointer)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&pointer](const Problem& p) { return p.pointer == pointer; });
}

std::string problemAt(const Problems& problems, const std::string& pointer)
{
    for (const Problem& p : problems) {
        if (p.pointer == pointer) {
            return p.message;
        }
    }
    return {};
}

} // namespace testdata
