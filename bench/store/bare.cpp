// Benchmark baseline: the least any `history` could do: list DATA_DIR/sessions, sort the
// names, read each file and parse it with nlohmann/json. No validation, no output.
//   bench_store_bare DATA_DIR

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fputs("usage: bench_store_bare DATA_DIR\n", stderr);
        return 2;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::path(argv[1]) / "sessions")) {
        files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::size_t keys = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)),
                               std::istreambuf_iterator<char>());
        keys += nlohmann::json::parse(text).size();
    }
    std::printf("%zu files, %zu top-level keys\n", files.size(), keys);
    return 0;
}
