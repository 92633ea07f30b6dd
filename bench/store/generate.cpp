// Benchmark helper: writes COUNT realistic sessions (the real engine's plans) into DATA_DIR
// through SessionStore, one day apart. The fsyncs are skipped: this is test data, and 10,000
// durable writes would time the disk rather than produce the input. Every seventh session
// (once a week) rates what matters to the person: three activities.
//   bench_store_generate DATA_DIR [COUNT=10000]

#include "sessionfactory.h"

#include "tightside/store/sessionstore.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fputs("usage: bench_store_generate DATA_DIR [COUNT]\n", stderr);
        return 2;
    }
    const long count = argc > 2 ? std::atol(argv[2]) : 10000;
    tightside::store::WriteSeam noSync;
    noSync.sync = [](int) { return 0; };
    const tightside::store::SessionStore store(QString::fromLocal8Bit(argv[1]),
                                               tightside::core::builtinProtocol(), noSync);
    for (long i = 0; i < count; ++i) {
        tightside::core::Session session =
            storetest::numberedSession(static_cast<std::uint32_t>(i));
        if (i % 7 == 0) {
            const int score = static_cast<int>(i / 7 % 11);
            session.activities = {{"putting on socks", score},
                                  {"sitting through a film", 10 - score},
                                  {"climbing the stairs", 5}};
        }
        const auto saved = store.save(session);
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.error().toLocal8Bit().constData());
            return 1;
        }
    }
    std::printf("%ld sessions in %s/sessions\n", count, argv[1]);
    return 0;
}
