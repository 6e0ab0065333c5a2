#include "WelcomeDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(const QString &message, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Facturo"));
    auto *title = new QLabel(tr("<h2>Welcome to Facturo</h2><p>Invoices, payments and service orders for small "
                                "service firms.</p>"),
                             this);
    title->setWordWrap(true);
    auto *note = new QLabel(message, this);
    note->setObjectName(QStringLiteral("welcomeMessage"));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #8a1c12;"));
    note->setVisible(!message.isEmpty());
    auto *demo = new QCommandLinkButton(tr("Open the demo company"),
                                        tr("A year of a small heating and cooling firm: look around, try anything."),
                                        this);
    demo->setObjectName(QStringLiteral("welcomeDemo"));
    auto *create = new QCommandLinkButton(tr("Create my company"),
                                          tr("A few questions: who you are, how you are paid, how you number "
                                             "invoices."),
                                          this);
    create->setObjectName(QStringLiteral("welcomeCreate"));
    auto *open = new QCommandLinkButton(tr("Open a company file…"), tr("A file copied from another computer or a backup."),
                                        this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = OpenDemo;
        accept();
    });
    connect(create, &QCommandLinkButton::clicked, this, [this] {
        m_choice = CreateCompany;
        accept();
    });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        m_choice = OpenFile;
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(demo);
    layout->addWidget(create);
    layout->addWidget(open);
    setMinimumWidth(480);
}
