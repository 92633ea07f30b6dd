// Benchmark helper: writes COUNT realistic sessions (the real engine's plans) into DATA_DIR
// through SessionStore, one day apart. The fsyncs are skipped: this is test data, and 10,000
// durable writes would time the disk rather than produce the input.
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
        const auto saved = store.save(storetest::numberedSession(static_cast<std::uint32_t>(i)));
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.error().toLocal8Bit().constData());
            return 1;
        }
    }
    std::printf("%ld sessions in %s/sessions\n", count, argv[1]);
    return 0;
}
