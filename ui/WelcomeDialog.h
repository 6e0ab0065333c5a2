#pragma once

#include <QDialog>

// The first run (no company file yet, or one that is not set up): open the demo company,
// create my company, or open a file from elsewhere.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Cancelled, OpenDemo, CreateCompany, OpenFile };

    explicit WelcomeDialog(const QString &message = {}, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Cancelled;
};
