#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Checks shared by every service that stores text typed by a person or read from a file.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    // Trims; refuses empty (when required), too long, and control characters (line breaks only
    // where multiLine).
    static Result<QString> clean(const QString &text, const QString &fieldName, int maxLength, bool required,
                                 bool multiLine = false);
    // Refuses C0 control characters (but line breaks and tabs where multiLine), DEL, C1, and the
    // bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069), naming the first.
    static Status refuseControls(const QString &text, const QString &fieldName, bool multiLine = false);
    static bool isValidEmail(const QString &address);
    static Result<QString> language(const QString &code); // en, fr or de
};
