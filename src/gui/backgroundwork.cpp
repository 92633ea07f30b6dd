#include "backgroundwork.h"

#include <QTimer>

namespace tightside::gui {

BackgroundWork::BackgroundWork(const QString& name, QThread::Priority priority,
                               std::function<void(WorkProgress&)> work, QObject* parent)
    : QObject(parent),
      m_thread(QThread::create([this, work = std::move(work)] { work(m_progress); })),
      m_poll(new QTimer(this)), m_priority(priority)
{
    m_thread->setObjectName(name);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        const std::size_t total = m_progress.total;
        if (total > 0) {
            emit progressed(m_progress.done, total);
        }
    });
    // Queued to this object's (the GUI) thread: finished() is emitted there, after the work.
    connect(m_thread, &QThread::finished, this, [this] {
        m_poll->stop();
        m_running = false;
        emit finished();
    });
}

BackgroundWork::~BackgroundWork()
{
    // The thread has no parent: it goes here, once the work has ended. Its finished() is not
    // delivered any more (this object is going), so no signal comes after this.
    m_thread->wait();
    delete m_thread;
}

void BackgroundWork::start()
{
    if (m_running || m_thread->isFinished()) {
        return;
    }
    m_running = true;
    m_poll->start();
    m_thread->start(m_priority);
}

} // namespace tightside::gui
