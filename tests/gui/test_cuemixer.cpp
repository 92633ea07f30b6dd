// The player's sound stream without a device (src/gui/cuemixer.h): what the audio sink pulls is
// the sounds, mixed, scaled and followed by silence, and the built-in WAVs are what it reads.
#include "cuemixer.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

using tightside::gui::CueMixer;

namespace {

/// A WAV file's bytes: 16-bit PCM unless `bits` says otherwise.
QByteArray wav(const std::vector<std::int16_t>& samples, int rate = CueMixer::kRate,
               int channels = 1, int bits = 16, const QByteArray& extraChunk = {})
{
    auto put16 = [](QByteArray& out, quint16 value) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        out.append(bytes, 2);
    };
    auto put32 = [](QByteArray& out, quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        out.append(bytes, 4);
    };
    QByteArray body = "WAVEfmt ";
    put32(body, 16);
    put16(body, 1);
    put16(body, static_cast<quint16>(channels));
    put32(body, static_cast<quint32>(rate));
    put32(body, static_cast<quint32>(rate * channels * bits / 8));
    put16(body, static_cast<quint16>(channels * bits / 8));
    put16(body, static_cast<quint16>(bits));
    body += extraChunk;
    body += "data";
    put32(body, static_cast<quint32>(samples.size() * 2));
    for (const std::int16_t sample : samples) {
        put16(body, static_cast<quint16>(sample));
    }
    QByteArray file = "RIFF";
    put32(file, static_cast<quint32>(body.size()));
    return file + body;
}

/// `frames` frames read from the mixer, as the audio sink reads them.
std::vector<std::int16_t> pull(CueMixer& mixer, qint64 frames)
{
    QByteArray bytes(static_cast<qsizetype>(frames * 2), '\x7f');
    const qint64 got = mixer.read(bytes.data(), bytes.size());
    std::vector<std::int16_t> samples(static_cast<std::size_t>(got / 2));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        samples[i] = qFromLittleEndian<qint16>(bytes.constData() + 2 * static_cast<qsizetype>(i));
    }
    return samples;
}

std::vector<std::int16_t> zeros(std::size_t count)
{
    return std::vector<std::int16_t>(count, 0);
}

} // namespace

class CueMixerTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aWavOfTheSoundsFormatIsRead();
    void anyOtherFileIsRefused();
    void theBuiltInSoundsAreRead();
    void silenceWhileNothingSounds();
    void aSoundThenSilence();
    void aSoundStartedAgainStartsOver();
    void twoSoundsAreMixedAndClipped();
    void theVolumeScales();
    void aDelayedSoundWaitsInSilence();
    void onlyWholeFramesAreGiven();
    void theStreamNeverRunsDry();

private:
    std::unique_ptr<CueMixer> m_mixer;
};

void CueMixerTest::init()
{
    m_mixer = std::make_unique<CueMixer>();
    m_mixer->setSound(0, {1000, -2000, 3000});
    m_mixer->setSound(1, {30000, 30000});
    m_mixer->setSound(2, {-30000, -30000, 5});
    QVERIFY(m_mixer->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
}

void CueMixerTest::aWavOfTheSoundsFormatIsRead()
{
    const std::vector<std::int16_t> samples{0, 1, -1, 32767, -32768, 1234};
    QCOMPARE(CueMixer::decodeWav(wav(samples)), samples);
    // A chunk the reader does not know (here LIST, odd-sized and padded) is stepped over.
    const QByteArray list = QByteArray("LIST\x03\x00\x00\x00"
                                       "abc\x00",
                                       12);
    QCOMPARE(CueMixer::decodeWav(wav(samples, CueMixer::kRate, 1, 16, list)), samples);
}

void CueMixerTest::anyOtherFileIsRefused()
{
    const std::vector<std::int16_t> samples{1, 2, 3, 4};
    QVERIFY(CueMixer::decodeWav(wav(samples, 48000)).empty());
    QVERIFY(CueMixer::decodeWav(wav(samples, CueMixer::kRate, 2)).empty());
    QVERIFY(CueMixer::decodeWav(wav(samples, CueMixer::kRate, 1, 8)).empty());
    QByteArray truncated = wav(samples);
    truncated.chop(3);
    QVERIFY(CueMixer::decodeWav(truncated).empty());
    QVERIFY(CueMixer::decodeWav(QByteArray()).empty());
    QVERIFY(CueMixer::decodeWav("RIFF\x04\x00\x00\x00WAVE").empty());
    QVERIFY(CueMixer::decodeWav("not a sound file at all, but long enough").empty());
    QByteArray noFormat = wav(samples);
    noFormat.replace("fmt ", "junk");
    QVERIFY(CueMixer::decodeWav(noFormat).empty());
}

void CueMixerTest::theBuiltInSoundsAreRead()
{
    // Made at build time by resources/sounds/make_cues.cpp; linked in through tightside_gui.
    for (const char* name : {"get-ready-tick", "last-seconds-tick", "hold-end"}) {
        QFile file(QStringLiteral(":/sounds/%1.wav").arg(QLatin1String(name)));
        QVERIFY2(file.open(QIODevice::ReadOnly), name);
        const std::vector<std::int16_t> samples = CueMixer::decodeWav(file.readAll());
        // Between 40 ms and 1.2 s, and not silent.
        QVERIFY2(samples.size() > CueMixer::kRate / 25, name);
        QVERIFY2(samples.size() < CueMixer::kRate * 6 / 5, name);
        QVERIFY2(std::any_of(samples.begin(), samples.end(), [](auto s) { return s > 3000; }),
                 name);
    }
}

void CueMixerTest::silenceWhileNothingSounds()
{
    QCOMPARE(pull(*m_mixer, 5), zeros(5));
    QCOMPARE(m_mixer->quietFrames(), qint64{5});
    QCOMPARE(pull(*m_mixer, 7), zeros(7));
    QCOMPARE(m_mixer->quietFrames(), qint64{12});
}

void CueMixerTest::aSoundThenSilence()
{
    pull(*m_mixer, 4);
    m_mixer->start(0);
    QCOMPARE(m_mixer->quietFrames(), qint64{0});
    QCOMPARE(pull(*m_mixer, 2), (std::vector<std::int16_t>{1000, -2000}));
    QCOMPARE(m_mixer->quietFrames(), qint64{0});
    QCOMPARE(pull(*m_mixer, 4), (std::vector<std::int16_t>{3000, 0, 0, 0}));
    QCOMPARE(m_mixer->quietFrames(), qint64{3});
}

void CueMixerTest::aSoundStartedAgainStartsOver()
{
    m_mixer->start(0);
    QCOMPARE(pull(*m_mixer, 2), (std::vector<std::int16_t>{1000, -2000}));
    m_mixer->start(0);
    QCOMPARE(pull(*m_mixer, 4), (std::vector<std::int16_t>{1000, -2000, 3000, 0}));
}

void CueMixerTest::twoSoundsAreMixedAndClipped()
{
    m_mixer->start(0);
    m_mixer->start(1);
    QCOMPARE(pull(*m_mixer, 3), (std::vector<std::int16_t>{31000, 28000, 3000}));
    m_mixer->start(1);
    m_mixer->start(2);
    m_mixer->start(0);
    // 30000 - 30000 + 1000, then 30000 - 30000 - 2000, then 5 + 3000.
    QCOMPARE(pull(*m_mixer, 4), (std::vector<std::int16_t>{1000, -2000, 3005, 0}));
    m_mixer->setSound(0, {32000});
    m_mixer->start(0);
    m_mixer->start(1);
    QCOMPARE(pull(*m_mixer, 2), (std::vector<std::int16_t>{32767, 30000}));
    m_mixer->setSound(0, {-32000});
    m_mixer->start(0);
    m_mixer->start(2);
    QCOMPARE(pull(*m_mixer, 1), (std::vector<std::int16_t>{-32768}));
}

void CueMixerTest::theVolumeScales()
{
    m_mixer->setVolume(0.5F);
    m_mixer->start(0);
    QCOMPARE(pull(*m_mixer, 3), (std::vector<std::int16_t>{500, -1000, 1500}));
    m_mixer->setVolume(0.0F);
    m_mixer->start(1);
    QCOMPARE(pull(*m_mixer, 2), zeros(2));
    m_mixer->setVolume(7.0F); // held to 1.0
    m_mixer->start(0);
    QCOMPARE(pull(*m_mixer, 3), (std::vector<std::int16_t>{1000, -2000, 3000}));
}

void CueMixerTest::aDelayedSoundWaitsInSilence()
{
    m_mixer->start(0, 3);
    QCOMPARE(pull(*m_mixer, 2), zeros(2));
    // Waiting is not quiet: the stream must not be stopped before the sound has played.
    QCOMPARE(m_mixer->quietFrames(), qint64{0});
    QCOMPARE(pull(*m_mixer, 5), (std::vector<std::int16_t>{0, 1000, -2000, 3000, 0}));
    QCOMPARE(m_mixer->quietFrames(), qint64{1});
    m_mixer->start(0, -5); // no delay below none
    QCOMPARE(pull(*m_mixer, 1), (std::vector<std::int16_t>{1000}));
}

void CueMixerTest::onlyWholeFramesAreGiven()
{
    m_mixer->start(0);
    char bytes[3] = {};
    QCOMPARE(m_mixer->read(bytes, 3), qint64{2});
    QCOMPARE(qFromLittleEndian<qint16>(bytes), qint16{1000});
    QCOMPARE(m_mixer->read(bytes, 1), qint64{0});
    QCOMPARE(pull(*m_mixer, 1), (std::vector<std::int16_t>{-2000}));
}

void CueMixerTest::theStreamNeverRunsDry()
{
    QVERIFY(m_mixer->isSequential());
    QVERIFY(!m_mixer->atEnd());
    QVERIFY(m_mixer->bytesAvailable() >= std::numeric_limits<qint32>::max());
    pull(*m_mixer, 100000);
    QVERIFY(!m_mixer->atEnd());
    QVERIFY(!m_mixer->hasSound(3));
    QVERIFY(m_mixer->hasSound(2));
}

QTEST_GUILESS_MAIN(CueMixerTest)
#include "test_cuemixer.moc"
