// `plan` and `validate-protocol`: the engine from the outside, no Qt needed.

#include "cli.h"

#include "tightside/checks/check.h"
#include "tightside/core/answers.h"
#include "tightside/core/jsonio.h"
#include "tightside/core/protocol.h"
#include "tightside/text/planwords.h"

#include <ostream>

namespace tightside::app {
namespace {

using core::Problems;

constexpr std::string_view kPlanHelp =
    "Usage: tightside plan --answers FILE [--protocol FILE] [--format json|text]\n"
    "                      [--with-history [--data-dir DIR]]\n"
    "\n"
    "Prints the release routine for one self-check, with a reason for every decision.\n"
    "\n"
    "  --answers FILE    the self-check answers (JSON, see docs/examples); - reads stdin\n"
    "  --protocol FILE   use this protocol instead of the built-in tightside.legs\n"
    "  --format FORMAT   json (default) or text\n"
    "  --with-history    plan with the stored sessions: last time's deferred steps first,\n"
    "                    a group released in the last 24 hours rests (it is only\n"
    "                    re-checked); the answers' \"time\" (UTC) is when the check was made,\n"
    "                    else now\n"
    "\n"
    "Exit codes: 0 a plan was printed (also when balanced or when it says to see a\n"
    "clinician); 1 bad input, each problem on stderr as FILE: POINTER: MESSAGE; 2 wrong usage.\n";

constexpr std::string_view kValidateHelp =
    "Usage: tightside validate-protocol FILE\n"
    "\n"
    "Loads a protocol and checks its structure and meaning: never-targets (low back, glutes,\n"
    "spine, lower ribs), unknown regions, dangling references, duplicate ids, step lengths\n"
    "outside 30-120 s, a threshold outside 1-4, missing leg groups. Every problem is printed\n"
    "on stderr as FILE: POINTER: MESSAGE.\n"
    "\n"
    "Exit codes: 0 valid; 1 invalid; 2 wrong usage.\n";

/// The protocol to plan with: a user's file, or the built-in one. nullopt after printing why.
std::optional<core::Protocol> chooseProtocol(const std::optional<std::string>& path, Io& io)
{
    if (!path) {
        const core::Protocol& builtin = core::builtinProtocol(currentLanguage());
        if (builtin.groups.empty()) {
            io.err << "tightside: the built-in protocol is damaged; please reinstall\n";
            return std::nullopt;
        }
        return builtin;
    }
    core::ProtocolLoad load = core::loadProtocolFile(*path, currentLanguage());
    if (!load.protocol) {
        printProblems(io, displayName(*path), load.problems);
        return std::nullopt;
    }
    return std::move(load.protocol);
}

int runPlan(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"answers", "protocol", "format", "data-dir"},
                                         {"with-history"}, error);
    if (!parsed) {
        return usageError(io, "plan", error);
    }
    if (!parsed->positionals().empty()) {
        return usageError(io, "plan", "unexpected argument '" + parsed->positionals()[0] + "'");
    }
    const auto answersPath = parsed->value("answers");
    if (!answersPath) {
        return usageError(io, "plan", "--answers FILE is required");
    }
    const std::string format = parsed->value("format").value_or("json");
    if (format != "json" && format != "text") {
        return usageError(io, "plan", "--format must be json or text, not '" + format + "'");
    }
    const auto protocolPath = parsed->value("protocol");
    if (answersPath == "-" && protocolPath == "-") {
        return usageError(io, "plan", "only one of --answers and --protocol can read stdin");
    }
    const auto protocol = chooseProtocol(protocolPath, io);
    if (!protocol) {
        return kExitBadInput;
    }
    core::JsonDocument doc = core::readJsonFile(*answersPath);
    if (!doc.value) {
        printProblems(io, displayName(*answersPath), doc.problems);
        return kExitBadInput;
    }
    const core::AnswersParse answers = core::parseAnswers(*doc.value, *protocol);
    if (!answers.answers) {
        printProblems(io, displayName(*answersPath), answers.problems);
        return kExitBadInput;
    }
    // The check's "now" is the answers' time, else the system clock's (checks::planNow).
    const checks::WallClock clock = [] { return std::chrono::system_clock::now(); };
    std::optional<checks::CheckStart> start;
    if (parsed->flag("with-history")) {
        start = readCheckStart(*parsed, checks::planNow(*answers.answers, clock), io);
        if (!start) {
            return kExitBadInput;
        }
    }
    const core::Plan plan =
        checks::planCheck(*protocol, *answers.answers, {}, start ? &*start : nullptr, clock);
    if (format == "json") {
        io.out << core::toJson(plan).dump(2) << "\n";
    } else {
        io.out << text::planText(plan, *protocol).toStdString();
    }
    return kExitOk;
}

int runValidateProtocol(const std::vector<std::string>& args, Io& io)
{
    std::string error;
    const auto parsed = Arguments::parse(args, {"data-dir"}, {}, error);
    if (!parsed) {
        return usageError(io, "validate-protocol", error);
    }
    if (parsed->positionals().size() != 1) {
        return usageError(io, "validate-protocol", "give exactly one protocol FILE");
    }
    const std::string& path = parsed->positionals()[0];
    const core::ProtocolLoad load = core::loadProtocolFile(path, currentLanguage());
    if (!load.protocol) {
        printProblems(io, displayName(path), load.problems);
        return kExitBadInput;
    }
    io.out << displayName(path) << ": valid protocol " << load.protocol->id << " "
           << load.protocol->version << " (" << load.protocol->groups.size() << " groups, "
           << load.protocol->techniques.size() << " techniques, " << load.protocol->screening.size()
           << " screening questions)\n";
    return kExitOk;
}

} // namespace

std::vector<Command> coreCommands()
{
    return {
        {"plan", "the release routine for one self-check", kPlanHelp, runPlan},
        {"validate-protocol", "check a protocol file and list every problem", kValidateHelp,
         runValidateProtocol},
    };
}

} // namespace tightside::app
