#include "GuiApplication.h"

#include <QApplication>
#include <QMainWindow>

int GuiApplication::run(QApplication &app)
{
    QMainWindow window;
    window.show();
    return app.exec();
}
