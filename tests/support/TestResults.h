#pragma once

#include "Result.h"

#include <QString>

#include <catch2/catch.hpp>

#include <string>

// Unwraps a result that the scenario needs, failing the test with its message otherwise.
template<typename T>
T need(Result<T> result)
{
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void need(const Status &status)
{
    INFO(status.message().toStdString());
    REQUIRE(status.ok());
}

// Readable text for Catch output (QString has no stream operator).
inline std::string str(const QString &text)
{
    return text.toStdString();
}
