#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>

// Catch prints Qt strings and string lists and sets (sorted) as text in failed comparisons.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[\n  " + value.join(QStringLiteral("\n  ")).toStdString() + "\n]";
    }
};

template<>
struct StringMaker<QSet<QString>>
{
    static std::string convert(const QSet<QString> &value)
    {
        QStringList sorted(value.begin(), value.end());
        std::sort(sorted.begin(), sorted.end());
        return "{\n  " + sorted.join(QStringLiteral("\n  ")).toStdString() + "\n}";
    }
};
} // namespace Catch
