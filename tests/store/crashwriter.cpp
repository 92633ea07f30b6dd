// The child of the crash and two-writer tests: saves sessions into a data dir as fast as it
// can and, only after each save returned, prints "saved <id>" on stdout. The test kills it
// with SIGKILL at random moments; every id printed must then be on disk, whole.
//
// Usage: crashwriter DATA_DIR SEED [COUNT]   (COUNT 0 or missing: until killed)

#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unistd.h>

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fputs("usage: crashwriter DATA_DIR SEED [COUNT]\n", stderr);
        return 2;
    }
    const unsigned long seed = std::strtoul(argv[2], nullptr, 10);
    const long count = argc > 3 ? std::strtol(argv[3], nullptr, 10) : 0;
    const tightside::store::SessionStore store(QString::fromLocal8Bit(argv[1]));
    std::mt19937 generator(static_cast<std::uint32_t>(seed));
    std::random_device entropy;
    for (long i = 0; count == 0 || i < count; ++i) {
        auto session = storetest::makeSession(static_cast<std::uint32_t>(generator()),
                                              std::chrono::system_clock::now(), entropy());
        tightside::store::Result<void> saved = tightside::store::Result<void>::success();
        if (i % 2 == 0) {
            saved = store.save(session);
        } else {
            // The window's path: progress while the routine runs, then finish.
            auto running = session;
            running.finished.reset();
            running.done.clear();
            saved = store.saveProgress(running);
            if (saved) {
                saved = store.finish(session);
            }
        }
        if (!saved) {
            std::fprintf(stderr, "error %s\n", saved.error().toLocal8Bit().constData());
            return 1;
        }
        const std::string line = "saved " + session.id + "\n";
        // write(2), not stdio: the line must reach the pipe before the next save starts.
        if (::write(1, line.data(), line.size()) != static_cast<ssize_t>(line.size())) {
            return 1;
        }
    }
    return 0;
}
