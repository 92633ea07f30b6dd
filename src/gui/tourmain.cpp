// tightside-screenshots DIR: the screenshot tour of scripts/screenshots.sh, kept out of the
// user-facing binary.

#include "tour.h"

#include <QApplication>

#include <iostream>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: tightside-screenshots OUTPUT_DIR\n";
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tightside"));
    return tightside::gui::runScreenshotTour(QString::fromLocal8Bit(argv[1]));
}
