// tightside-screenshots DIR: the screenshot tour of scripts/screenshots.sh, kept out of the
// user-facing binary.

#include "tour.h"

#include "tightside/l10n/l10n.h"

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
    // In English, as the window starts for an English reader (its plural forms included).
    tightside::l10n::install({"en", "en"});
    return tightside::gui::runScreenshotTour(QString::fromLocal8Bit(argv[1]));
}
