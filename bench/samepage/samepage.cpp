// The safety questions page in plain Qt widgets: four place tabs, a heading, two group boxes
// of word-wrapped questions with a tick box each, "None of these" and a Next button, in a
// 1280x720 window that exits once the event loop is idle, as tightside --exit-after-startup.

#include "questions.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <span>

namespace {

QGroupBox* group(const char* title, std::span<const char* const> questions)
{
    auto* box = new QGroupBox(QString::fromLatin1(title));
    auto* layout = new QVBoxLayout(box);
    for (const char* question : questions) {
        auto* row = new QHBoxLayout;
        row->addWidget(new QCheckBox);
        auto* words = new QLabel(QString::fromUtf8(question));
        words->setWordWrap(true);
        row->addWidget(words, 1);
        layout->addLayout(row);
    }
    return box;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    auto* check = new QWidget;
    auto* checkLayout = new QVBoxLayout(check);
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* heading = new QLabel(QStringLiteral("First, a few safety questions"));
    QFont large = heading->font();
    large.setBold(true);
    large.setPointSizeF(large.pointSizeF() * 1.5);
    heading->setFont(large);
    layout->addWidget(heading);
    auto* intro = new QLabel(
        QStringLiteral("Tick anything that is true for you now. Some answers mean a doctor "
                       "should see you before any release; the app will say so. Next is there "
                       "once you have been through the whole list."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(group("Needs a doctor today", kToday));
    layout->addWidget(group("Needs a doctor soon", kSoon));
    layout->addWidget(new QCheckBox(QStringLiteral("None of these is true for me")));
    layout->addStretch();
    area->setWidget(content);
    checkLayout->addWidget(area, 1);
    auto* nav = new QHBoxLayout;
    nav->addWidget(new QLabel(QStringLiteral("Go through the whole list first.")), 1);
    nav->addWidget(new QPushButton(QStringLiteral("Next >")));
    checkLayout->addLayout(nav);
    tabs->addTab(check, QStringLiteral("&Check"));
    for (const char* place : {"&History", "Se&ttings", "&About"}) {
        tabs->addTab(new QWidget, QString::fromLatin1(place));
    }
    window.setCentralWidget(tabs);
    window.resize(1280, 720);
    window.show();
    QTimer::singleShot(0, &app, [&app] { QTimer::singleShot(0, &app, [&app] { app.exit(0); }); });
    return QApplication::exec();
}
