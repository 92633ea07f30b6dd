// Build-time tool: renders the app's SVG icon to a square PNG for the hicolor theme.
//   tightside-render-icon SOURCE.svg SIZE OUTPUT.png
// Paints on a QImage only: no QGuiApplication, no platform plugin, no display.

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fputs("usage: tightside-render-icon SOURCE.svg SIZE OUTPUT.png\n", stderr);
        return 2;
    }
    const QString source = QString::fromLocal8Bit(argv[1]);
    const int size = std::stoi(argv[2]);
    const QString output = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(source);
    if (!renderer.isValid() || size < 16 || size > 1024) {
        std::fprintf(stderr, "tightside-render-icon: cannot render %s at %d px\n", argv[1], size);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(output, "PNG")) {
        std::fprintf(stderr, "tightside-render-icon: cannot write %s\n", argv[3]);
        return 1;
    }
    return 0;
}
