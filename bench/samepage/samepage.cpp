// The safety questions page in plain Qt widgets: four place tabs, the seven steps of a check,
// a heading, two section headers over group boxes
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

/// A section header (bold, larger) above an untitled group box, as the page shows them.
void group(QVBoxLayout* into, const char* title, std::span<const char* const> questions)
{
    auto* header = new QLabel(QString::fromLatin1(title));
    QFont font = header->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    header->setFont(font);
    into->addWidget(header);
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    for (const char* question : questions) {
        auto* row = new QHBoxLayout;
        row->addWidget(new QCheckBox);
        auto* words = new QLabel(QString::fromUtf8(question));
        words->setWordWrap(true);
        row->addWidget(words, 1);
        layout->addLayout(row);
    }
    into->addWidget(box);
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
    // Where the person is: the seven steps of a check in a row.
    auto* steps = new QHBoxLayout;
    steps->addStretch();
    int number = 1;
    for (const char* step :
         {"Safety", "Precautions", "Pain", "Tests", "Plan", "Routine", "Re-check"}) {
        steps->addWidget(
            new QLabel(QStringLiteral("%1 %2").arg(number++).arg(QString::fromLatin1(step))));
    }
    steps->addStretch();
    checkLayout->addLayout(steps);
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
    group(layout, "Needs a doctor today", kToday);
    group(layout, "Needs a doctor soon", kSoon);
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
