// Benchmark (not a test): how many plans per second the engine makes on one core with the
// built-in protocol. Target from issue 3: at least 200,000 plans per second.
//   build/bench/bench_engine [plans]

#include "tightside/core/answers.h"
#include "tightside/core/rulesengine.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace tightside::core;

int main(int argc, char** argv)
{
    const long total = argc > 1 ? std::atol(argv[1]) : 2'000'000;
    const Protocol& protocol = builtinProtocol();
    if (protocol.groups.empty()) {
        std::fprintf(stderr, "built-in protocol did not load\n");
        return 1;
    }
    // A fixed pool of varied answers, generated before timing starts.
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> rating(0, 10);
    std::uniform_int_distribution<int> coin(0, 9);
    std::vector<Answers> pool(1024);
    for (Answers& answers : pool) {
        for (std::size_t g = 0; g < kGroupCount; ++g) {
            answers.ratings.at(g) = Rating{rating(rng), rating(rng)};
        }
        answers.acuteFlareUp = coin(rng) == 0;
        if (coin(rng) < 3) {
            answers.minutes = 1 + coin(rng);
        }
        if (coin(rng) == 0) {
            answers.precautions.emplace_back("anticoagulant");
        }
        if (coin(rng) == 0) {
            answers.redFlags.emplace_back("bladder_change");
        }
    }
    const RulesEngine engine(protocol);
    std::size_t checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < total; ++i) {
        const Plan plan = engine.plan(pool[static_cast<std::size_t>(i) % pool.size()]);
        checksum += plan.steps.size() + plan.messages.size();
    }
    const auto end = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(end - start).count();
    std::printf("plans: %ld  time: %.3f s  plans/s: %.0f  (checksum %zu)\n", total, seconds,
                static_cast<double>(total) / seconds, checksum);
    return 0;
}
