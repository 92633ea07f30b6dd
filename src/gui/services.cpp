#include "tightside/gui/services.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace tightside::gui {

std::chrono::milliseconds SteadyClock::now() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

bool DialogPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                             const QString& yes, const QString& no)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yesButton = box.addButton(yes, QMessageBox::AcceptRole);
    QPushButton* noButton = box.addButton(no, QMessageBox::RejectRole);
    box.setDefaultButton(noButton);
    box.setEscapeButton(noButton);
    box.exec();
    return box.clickedButton() == yesButton;
}

void DialogPrompter::info(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString DialogPrompter::startPath(const QString& path)
{
    if (!path.isEmpty() && QFileInfo(path).isAbsolute()) {
        return path;
    }
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty()) {
        documents = QDir::homePath();
    }
    return path.isEmpty() ? documents : QDir(documents).filePath(path);
}

QString DialogPrompter::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, startPath(QString()), filter);
}

QString DialogPrompter::saveFile(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, startPath(suggested), filter);
}

QString DialogPrompter::folder(QWidget* parent, const QString& title, const QString& start)
{
    return QFileDialog::getExistingDirectory(parent, title, startPath(start));
}

std::optional<QString> DialogPrompter::line(QWidget* parent, const QString& title,
                                            const QString& label, const QString& initial)
{
    bool ok = false;
    QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text.trimmed();
}

bool DialogPrompter::openFolder(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace tightside::gui
