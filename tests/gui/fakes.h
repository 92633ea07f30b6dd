#pragma once

#include "tightside/gui/services.h"

#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace tightside::gui::testing {

/// A clock that moves only when the test says so.
class FakeClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    void advance(std::chrono::milliseconds by) { m_now += by; }

private:
    std::chrono::milliseconds m_now{500000};
};

/// Records every cue instead of speaking.
class FakeCueSink final : public CueSink
{
public:
    void say(const QString& text, CueStyle style) override
    {
        said << text;
        if (style == CueStyle::End) {
            ends << text;
        }
    }
    bool speaking() const override { return enabled; }
    void configure(bool on, const QString&) override { enabled = on; }
    QStringList engines() const override { return {QStringLiteral("fake")}; }
    QString problem() const override
    {
        return enabled ? QString() : QStringLiteral("Voice is off.");
    }

    QStringList said;
    QStringList ends;
    bool enabled = false;
};

/// Answers every question from fields the test sets; never opens a dialog.
class FakePrompter final : public Prompter
{
public:
    bool confirm(QWidget*, const QString& title, const QString&, const QString&,
                 const QString&) override
    {
        asked << title;
        return confirmAnswer;
    }
    void info(QWidget*, const QString& title, const QString&) override { asked << title; }
    QString openFile(QWidget*, const QString&, const QString&) override { return fileToOpen; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override
    {
        return fileToSave;
    }
    QString folder(QWidget*, const QString&, const QString&) override { return folderToPick; }
    bool openFolder(const QString& path) override
    {
        opened << path;
        return true;
    }

    QStringList asked;
    QStringList opened;
    bool confirmAnswer = true;
    QString fileToOpen;
    QString fileToSave;
    QString folderToPick;
};

/// Everything a window needs, on a temporary folder.
struct Fixture
{
    QTemporaryDir temp;
    FakeClock clock;
    FakeCueSink cues;
    FakePrompter prompter;
    std::unique_ptr<QSettings> settings = std::make_unique<QSettings>(
        temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Services services{clock, cues, prompter, *settings, temp.filePath(QStringLiteral("data"))};

    QString dataDir() const { return services.dataDir; }
};

} // namespace tightside::gui::testing
