#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// UN/ECE Recommendation 20 unit codes (BT-130) and the table that maps the unit texts clerks
// type (English, French, German) to them. Migration 0012 maps every existing line and catalog
// item through fromUnitText(); a draft line without a code gets one the same way. The whole table
// is in UnitCodes.cpp (and docs/cli.md): a text it does not list becomes C62 ("one", a unit),
// never silently something more specific.
class UnitCodes
{
    Q_DECLARE_TR_FUNCTIONS(UnitCodes)
public:
    struct Code
    {
        const char *code; // "HUR"
        const char *name; // "hour" (English, as Rec 20 names it)
    };
    struct Mapping
    {
        const char *text; // lower case, as compared after normalisation
        const char *code;
    };

    // The code for a unit text ("h", "Std.", "pièces", "km", ...): case, spaces and a final dot
    // do not matter; an empty or unlisted text is C62.
    static QString fromUnitText(const QString &unit);
    // Whether the text is in the table (C62 for an unlisted text is then a choice, not a match).
    static bool isListed(const QString &unit);
    // The code as stored (upper case), or a refusal naming a few valid codes. The codes of
    // codes() are accepted, and UN/ECE Rec 21 package codes with their X (XPP, XBX, ...).
    static Result<QString> validate(const QString &code);
    static bool isKnown(const QString &code);
    static QString name(const QString &code);
    static QList<Code> codes();
    static QList<Mapping> mappings();
};
