#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <cstddef>
#include <functional>

class QTimer;

namespace tightside::gui {

/// How far a piece of background work has got: written by the worker, read on the GUI thread.
struct WorkProgress
{
    std::atomic<std::size_t> done{0};
    /// 0 until the work knows how much there is.
    std::atomic<std::size_t> total{0};
};

/// The window's one way of doing slow work off the GUI thread (History's reload and its
/// exports). `work` runs once on a thread of its own and may update the WorkProgress it is
/// given; on the GUI thread, `progressed(done, total)` is emitted ten times a second while
/// there is a total, and `finished()` once the work has returned. Work cannot be stopped
/// part-way from here: whatever it reads to stop early (a cancel flag) is its own. Deleting
/// the object waits for the work to end, so nothing it refers to is freed under it; no
/// signal comes after that.
class BackgroundWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundWork)

public:
    /// `name` names the thread (for a debugger or `top -H`).
    BackgroundWork(const QString& name, QThread::Priority priority,
                   std::function<void(WorkProgress&)> work, QObject* parent = nullptr);
    ~BackgroundWork() override;

    void start();
    /// True from start() until finished() has been emitted.
    bool running() const { return m_running; }

signals:
    void progressed(std::size_t done, std::size_t total);
    void finished();

private:
    QThread* m_thread;
    QTimer* m_poll;
    QThread::Priority m_priority;
    WorkProgress m_progress;
    bool m_running = false;
};

} // namespace tightside::gui
