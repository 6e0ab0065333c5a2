#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonValue>

// Reads JSON without ever turning a number into a double: each number keeps the exact text it
// was written with (RapidJSON's numbers-as-strings mode), so "2.0000000000000001" hours reaches
// the decimal parser as written and is refused as too precise instead of being rounded to 2.
// QJsonDocument parses numbers into doubles, which cannot do that.
// The tree is made of QJsonValues; a number is a string value marked as a number: ask
// isNumber() and numberText(), never toDouble(). A JSON string holding U+0000 is refused.
class ExactJson
{
    Q_DECLARE_TR_FUNCTIONS(ExactJson)
public:
    static Result<QJsonValue> parse(const QByteArray &json);

    static bool isNumber(const QJsonValue &value);
    // The number as written ("2.50", "-0", "1e3"); empty if the value is no number.
    static QString numberText(const QJsonValue &value);
    // A string value (not a number), or an empty string.
    static QString text(const QJsonValue &value);
};
