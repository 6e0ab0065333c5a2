#pragma once

#include "Page.h"

#include <functional>

// A page of the main window around a widget that does its own work (the Reminders and Reports
// pages of collections): it gives the widget a title in the navigation, makes it the first
// time the page is shown (so that opening a large file does not wait for it), and reloads it
// through `refresh` when the company file changed.
class HostedPage : public Page
{
    Q_OBJECT
public:
    using Factory = std::function<QWidget *(QWidget *parent)>;
    using Refresh = std::function<void(QWidget *content)>;

    HostedPage(CompanySession &session, QString title, Factory make, Refresh refresh, QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    void refresh() override;
    // Made on first use.
    QWidget *content();

private:
    QString m_title;
    Factory m_make;
    Refresh m_refresh;
    QWidget *m_content = nullptr;
};
