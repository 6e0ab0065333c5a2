#pragma once

class QApplication;

// Starts the desktop program: opens the company file and shows the main window.
class GuiApplication
{
public:
    static int run(QApplication &app);
};
