// Build-time tool: writes the routine player's sounds, made for Tightside, as WAV files
// (16-bit PCM, mono, 44.1 kHz):
//   tightside-make-cues OUTPUT_DIR
// get-ready-tick.wav     a short soft click for each second of the get-ready count;
// last-seconds-tick.wav  a brighter, longer tick for each of a hold's last five seconds;
// hold-end.wav           a rising three-note chime, about a second: the end of a hold.
// Plain sine tones with smooth envelopes, so the output is the same on every build.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <numbers>
#include <string>
#include <vector>

namespace {

constexpr int kRate = 44100;

struct Tone
{
    double startSeconds;
    double lengthSeconds;
    double frequency;
    double amplitude;
    /// Decay rate of the envelope (1/s); 0 keeps the tone flat until its fade-out.
    double decay;
};

std::vector<double> render(const std::vector<Tone>& tones, double totalSeconds)
{
    std::vector<double> samples(static_cast<std::size_t>(totalSeconds * kRate), 0.0);
    for (const Tone& tone : tones) {
        const auto first = static_cast<std::size_t>(tone.startSeconds * kRate);
        const auto count = static_cast<std::size_t>(tone.lengthSeconds * kRate);
        for (std::size_t i = 0; i < count && first + i < samples.size(); ++i) {
            const double t = static_cast<double>(i) / kRate;
            // 3 ms attack and 10 ms release: no clicks at the edges.
            const double attack = std::min(1.0, t / 0.003);
            const double release = std::min(1.0, (tone.lengthSeconds - t) / 0.010);
            const double envelope = attack * release * std::exp(-tone.decay * t);
            const double phase = 2.0 * std::numbers::pi * tone.frequency * t;
            // A little of the second harmonic makes it carry on small laptop speakers.
            samples[first + i] +=
                tone.amplitude * envelope * (0.85 * std::sin(phase) + 0.15 * std::sin(2 * phase));
        }
    }
    return samples;
}

void put16(std::ofstream& out, std::uint16_t value)
{
    out.put(static_cast<char>(value & 0xff));
    out.put(static_cast<char>(value >> 8));
}

void put32(std::ofstream& out, std::uint32_t value)
{
    put16(out, static_cast<std::uint16_t>(value & 0xffff));
    put16(out, static_cast<std::uint16_t>(value >> 16));
}

bool writeWav(const std::string& path, const std::vector<double>& samples)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
    out.write("RIFF", 4);
    put32(out, 36 + dataBytes);
    out.write("WAVEfmt ", 8);
    put32(out, 16);        // fmt chunk size
    put16(out, 1);         // PCM
    put16(out, 1);         // mono
    put32(out, kRate);     // sample rate
    put32(out, kRate * 2); // bytes per second
    put16(out, 2);         // block align
    put16(out, 16);        // bits per sample
    out.write("data", 4);
    put32(out, dataBytes);
    for (double sample : samples) {
        const double clipped = std::max(-1.0, std::min(1.0, sample));
        put16(out, static_cast<std::uint16_t>(static_cast<std::int16_t>(clipped * 32767.0)));
    }
    out.close();
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fputs("usage: tightside-make-cues OUTPUT_DIR\n", stderr);
        return 2;
    }
    const std::string dir = argv[1];
    const bool ok =
        writeWav(dir + "/get-ready-tick.wav", render({{0.0, 0.040, 880.0, 0.45, 60.0}}, 0.045)) &&
        writeWav(dir + "/last-seconds-tick.wav",
                 render({{0.0, 0.090, 1318.5, 0.70, 25.0}}, 0.095)) &&
        writeWav(dir + "/hold-end.wav", render({{0.00, 0.40, 1046.5, 0.50, 4.0},
                                                {0.15, 0.40, 1318.5, 0.50, 4.0},
                                                {0.30, 0.80, 1568.0, 0.55, 3.0}},
                                               1.12));
    if (!ok) {
        std::fprintf(stderr, "tightside-make-cues: cannot write into %s\n", dir.c_str());
        return 1;
    }
    return 0;
}
