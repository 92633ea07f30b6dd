// The baseline: a QMainWindow with one label, shown, then exit once the event loop is idle,
// exactly as `tightside --exit-after-startup` does.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare window")));
    window.resize(1280, 720);
    window.show();
    QTimer::singleShot(0, &app, [&app] { QTimer::singleShot(0, &app, [&app] { app.exit(0); }); });
    return QApplication::exec();
}
