#include "logbuttons.h"

#include "layouthelpers.h"

#include "tightside/store/statefolder.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tightside::gui {
namespace {

/// The log files, oldest first: the rotated copies (tightside.2.log, tightside.1.log), then
/// the current one.
QStringList logFiles()
{
    const QString current = store::logFilePath();
    if (current.isEmpty()) {
        return {};
    }
    const QString folder = QFileInfo(current).path();
    QStringList files;
    for (const QString& name :
         {QStringLiteral("tightside.2.log"), QStringLiteral("tightside.1.log")}) {
        if (QFileInfo::exists(folder + QLatin1Char('/') + name)) {
            files << folder + QLatin1Char('/') + name;
        }
    }
    if (QFileInfo::exists(current)) {
        files << current;
    }
    return files;
}

} // namespace

LogButtons::LogButtons(Services& services, QWidget* parent) : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("aboutLog"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_copy = new QPushButton(tr("C&opy log"), this);
    m_copy->setObjectName(QStringLiteral("aboutCopyLog"));
    m_copy->setAccessibleName(tr("Copy log"));
    m_copy->setAccessibleDescription(
        tr("Copies Tightside's log to the clipboard, for a bug report. The log holds what the "
           "app did and why something failed, never your ratings, answers or notes."));
    m_openFolder = new QPushButton(tr("Open log &folder"), this);
    m_openFolder->setObjectName(QStringLiteral("aboutOpenLogFolder"));
    m_openFolder->setAccessibleName(tr("Open log folder"));
    m_openFolder->setAccessibleDescription(
        tr("Opens the folder that holds Tightside's log files in your file manager."));
    row->addWidget(m_copy);
    row->addWidget(m_openFolder);
    row->addStretch();
    layout->addLayout(row);
    m_status = makeLabel(QString(), this, QStringLiteral("aboutLogStatus"));
    layout->addWidget(m_status);
    connect(m_copy, &QPushButton::clicked, this, &LogButtons::copyLog);
    connect(m_openFolder, &QPushButton::clicked, this, &LogButtons::openFolder);
}

void LogButtons::copyLog()
{
    QByteArray text;
    for (const QString& path : logFiles()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            text += file.readAll();
        }
    }
    if (text.isEmpty()) {
        m_status->setText(tr("There is no log yet: nothing was copied."));
        return;
    }
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    m_status->setText(tr("The log was copied: paste it into your bug report."));
}

void LogButtons::openFolder()
{
    const QString folder = store::stateFolder();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        m_status->setText(tr("There is no log folder yet."));
        return;
    }
    if (!m_services.prompter.openFolder(folder)) {
        m_status->setText(tr("The log folder could not be opened. It is %1").arg(folder));
        return;
    }
    m_status->setText(tr("Opened %1").arg(folder));
}

} // namespace tightside::gui
