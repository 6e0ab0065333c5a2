#pragma once

#include <QDate>
#include <QDateTime>

// The time source, passed in (STYLE.md): tests use a FixedClock to check due dates and reminders.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Today in the office's local time zone.
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return QDate::currentDate(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    QDate today() const override { return m_now.date(); }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};
