#include "cuemixer.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace tightside::gui {
namespace {

constexpr qint64 kFrameBytes = 2; // 16-bit mono

/// A RIFF chunk's 32-bit little-endian field at `offset`, or -1 past the end.
qint64 field32(const QByteArray& bytes, qsizetype offset)
{
    if (offset < 0 || offset + 4 > bytes.size()) {
        return -1;
    }
    return qFromLittleEndian<quint32>(bytes.constData() + offset);
}

qint64 field16(const QByteArray& bytes, qsizetype offset)
{
    if (offset < 0 || offset + 2 > bytes.size()) {
        return -1;
    }
    return qFromLittleEndian<quint16>(bytes.constData() + offset);
}

} // namespace

std::vector<std::int16_t> CueMixer::decodeWav(const QByteArray& bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        return {};
    }
    bool formatOk = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const qint64 size = field32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (size < 0 || size > bytes.size() - body) {
            return {};
        }
        if (id == "fmt ") {
            formatOk = size >= 16 && field16(bytes, body) == 1 /* PCM */ &&
                       field16(bytes, body + 2) == 1 /* mono */ &&
                       field32(bytes, body + 4) == kRate && field16(bytes, body + 14) == 16;
        } else if (id == "data") {
            if (!formatOk || size % kFrameBytes != 0) {
                return {};
            }
            std::vector<std::int16_t> samples(static_cast<std::size_t>(size / kFrameBytes));
            for (std::size_t i = 0; i < samples.size(); ++i) {
                samples[i] = qFromLittleEndian<qint16>(bytes.constData() + body +
                                                       static_cast<qsizetype>(i) * kFrameBytes);
            }
            return samples;
        }
        at = body + static_cast<qsizetype>(size) + static_cast<qsizetype>(size % 2);
    }
    return {};
}

CueMixer::CueMixer()
{
    m_positions.fill(kIdle);
}

void CueMixer::setSound(std::size_t index, std::vector<std::int16_t> samples)
{
    m_sounds.at(index) = std::move(samples);
    m_positions.at(index) = kIdle;
}

bool CueMixer::hasSound(std::size_t index) const
{
    return index < kSounds && !m_sounds.at(index).empty();
}

void CueMixer::setVolume(float volume)
{
    m_volume = std::clamp(volume, 0.0F, 1.0F);
}

void CueMixer::start(std::size_t index, qint64 delayFrames)
{
    if (hasSound(index)) {
        m_positions.at(index) = -std::max<qint64>(delayFrames, 0);
        m_quietFrames = 0;
    }
}

qint64 CueMixer::bytesAvailable() const
{
    return std::numeric_limits<qint32>::max(); // nothing read: it may be another thread asking
}

qint64 CueMixer::readData(char* data, qint64 maxSize)
{
    const qint64 frames = maxSize / kFrameBytes;
    for (qint64 frame = 0; frame < frames; ++frame) {
        float mixed = 0.0F;
        bool sounding = false;
        for (std::size_t i = 0; i < kSounds; ++i) {
            qint64& position = m_positions.at(i);
            if (position == kIdle) {
                continue;
            }
            sounding = true;
            const auto& samples = m_sounds.at(i);
            if (position >= 0) {
                mixed += static_cast<float>(samples[static_cast<std::size_t>(position)]);
            }
            if (++position >= static_cast<qint64>(samples.size())) {
                position = kIdle;
            }
        }
        m_quietFrames = sounding ? 0 : m_quietFrames + 1;
        const float scaled = std::clamp(std::round(mixed * m_volume), -32768.0F, 32767.0F);
        const auto sample = static_cast<qint16>(scaled);
        qToLittleEndian<qint16>(sample, data + frame * kFrameBytes);
    }
    return frames * kFrameBytes;
}

qint64 CueMixer::writeData(const char* /*data*/, qint64 /*size*/)
{
    return -1;
}

} // namespace tightside::gui
