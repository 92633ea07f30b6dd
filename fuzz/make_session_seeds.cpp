// Writes seed session files for fuzz_session, built from the answers examples in docs/examples
// through the real engine and toJson(Session), so the seeds always match the current format
// and no session file has to be duplicated in the repository.
// usage: make_session_seeds OUT_DIR ANSWERS.json...

#include "tightside/core/answers.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/protocol.h"
#include "tightside/core/rulesengine.h"
#include "tightside/core/session.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>

using namespace tightside::core;

int main(int argc, char** argv)
{
    const std::span<char*> args(argv, static_cast<std::size_t>(argc));
    if (args.size() < 2) {
        std::fputs("usage: make_session_seeds OUT_DIR ANSWERS.json...\n", stderr);
        return 2;
    }
    const std::filesystem::path out(args[1]);
    std::filesystem::create_directories(out);
    const Protocol& protocol = builtinProtocol();
    const auto start =
        std::chrono::sys_days{std::chrono::year{2026} / 11 / 25} + std::chrono::hours{10};
    std::uint32_t n = 0;
    for (const char* file : args.subspan(2)) {
        const JsonDocument doc = readJsonFile(file);
        const AnswersParse parsed = doc.value ? parseAnswers(*doc.value, protocol) : AnswersParse{};
        if (!parsed.answers) {
            continue; // only valid answers make a session
        }
        const auto started = start + std::chrono::minutes{n};
        Session session;
        session.id = newSessionId(started, 0x7f3a9c10U + n);
        session.started = isoUtc(started);
        session.finished = isoUtc(started + std::chrono::minutes{20});
        session.protocolId = protocol.id;
        session.protocolVersion = protocol.version;
        session.answers = *parsed.answers;
        session.plan = RulesEngine(protocol).plan(session.answers);
        int k = 0;
        for (const Step& step : session.plan.steps) {
            const auto outcome = static_cast<Outcome>(k++ % 3);
            session.done.push_back({step.group, step.side, step.technique, step.seconds, outcome});
        }
        for (const Region group : session.plan.recheck) {
            session.setRecheck(group, {3, 3});
        }
        session.painAfter = n % 2 == 0 ? std::optional<int>(2) : std::nullopt;
        session.notes = n % 2 == 0 ? "" : "felt looser afterwards";
        const std::string name = std::filesystem::path(file).stem().string();
        std::ofstream(out / ("session-" + name + ".json")) << toJson(session).dump(2) << '\n';
        ++n;
    }
    std::printf("wrote %u seed sessions to %s\n", n, out.c_str());
    return n > 0 ? 0 : 1;
}
