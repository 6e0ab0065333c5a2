#include "UnitCodes.h"

#include <QHash>
#include <QRegularExpression>

namespace {
// clang-format off
// The codes Facturo accepts: the common UN/ECE Rec 20 units of trades and services.
const UnitCodes::Code Codes[] = {
    {"C62", "one (unit)"}, {"H87", "piece"}, {"EA", "each"}, {"SET", "set"}, {"PR", "pair"},
    {"PK", "pack"}, {"BX", "box"}, {"ROL", "roll"}, {"LS", "lump sum"}, {"E48", "service unit"},
    {"SEC", "second"}, {"MIN", "minute"}, {"HUR", "hour"}, {"DAY", "day"}, {"WEE", "week"},
    {"MON", "month"}, {"ANN", "year"}, {"GRM", "gram"}, {"KGM", "kilogram"}, {"TNE", "tonne"},
    {"MMT", "millimetre"}, {"CMT", "centimetre"}, {"MTR", "metre"}, {"KMT", "kilometre"},
    {"MTK", "square metre"}, {"MTQ", "cubic metre"}, {"MLT", "millilitre"}, {"LTR", "litre"},
    {"KWH", "kilowatt hour"}, {"KWT", "kilowatt"},
};

// Unit texts (lower case, without a final dot) in English, French and German.
const UnitCodes::Mapping Mappings[] = {
    // time
    {"s", "SEC"}, {"sec", "SEC"}, {"second", "SEC"}, {"seconds", "SEC"}, {"seconde", "SEC"}, {"secondes", "SEC"},
    {"sekunde", "SEC"}, {"sekunden", "SEC"},
    {"min", "MIN"}, {"mins", "MIN"}, {"minute", "MIN"}, {"minutes", "MIN"}, {"minuten", "MIN"},
    {"h", "HUR"}, {"hr", "HUR"}, {"hrs", "HUR"}, {"hour", "HUR"}, {"hours", "HUR"}, {"heure", "HUR"},
    {"heures", "HUR"}, {"std", "HUR"}, {"stunde", "HUR"}, {"stunden", "HUR"}, {"stde", "HUR"},
    {"d", "DAY"}, {"day", "DAY"}, {"days", "DAY"}, {"j", "DAY"}, {"jour", "DAY"}, {"jours", "DAY"},
    {"journée", "DAY"}, {"journées", "DAY"}, {"tag", "DAY"}, {"tage", "DAY"},
    {"wk", "WEE"}, {"week", "WEE"}, {"weeks", "WEE"}, {"semaine", "WEE"}, {"semaines", "WEE"},
    {"woche", "WEE"}, {"wochen", "WEE"},
    {"month", "MON"}, {"months", "MON"}, {"mois", "MON"}, {"monat", "MON"}, {"monate", "MON"},
    {"year", "ANN"}, {"years", "ANN"}, {"an", "ANN"}, {"ans", "ANN"}, {"année", "ANN"}, {"années", "ANN"},
    {"jahr", "ANN"}, {"jahre", "ANN"},
    // counted things
    {"pc", "H87"}, {"pcs", "H87"}, {"pce", "H87"}, {"piece", "H87"}, {"pieces", "H87"}, {"pièce", "H87"},
    {"pièces", "H87"}, {"stk", "H87"}, {"stck", "H87"}, {"stück", "H87"}, {"st", "H87"},
    {"unit", "C62"}, {"units", "C62"}, {"u", "C62"}, {"unité", "C62"}, {"unités", "C62"}, {"einheit", "C62"},
    {"einheiten", "C62"}, {"ea", "EA"}, {"each", "EA"},
    {"set", "SET"}, {"sets", "SET"}, {"jeu", "SET"}, {"jeux", "SET"}, {"lot", "SET"}, {"satz", "SET"},
    {"pair", "PR"}, {"pairs", "PR"}, {"paire", "PR"}, {"paires", "PR"}, {"paar", "PR"},
    {"pack", "PK"}, {"pkg", "PK"}, {"package", "PK"}, {"paquet", "PK"}, {"paquets", "PK"}, {"packung", "PK"},
    {"box", "BX"}, {"boîte", "BX"}, {"boîtes", "BX"}, {"karton", "BX"},
    {"roll", "ROL"}, {"rouleau", "ROL"}, {"rouleaux", "ROL"}, {"rolle", "ROL"}, {"rollen", "ROL"},
    {"lump sum", "LS"}, {"flat rate", "LS"}, {"flat", "LS"}, {"forfait", "LS"}, {"pauschal", "LS"},
    {"pauschale", "LS"}, {"psch", "LS"},
    // measures
    {"g", "GRM"}, {"gram", "GRM"}, {"grams", "GRM"}, {"gramme", "GRM"}, {"grammes", "GRM"}, {"gramm", "GRM"},
    {"kg", "KGM"}, {"kilo", "KGM"}, {"kilos", "KGM"}, {"kilogram", "KGM"}, {"kilograms", "KGM"},
    {"kilogramme", "KGM"}, {"kilogrammes", "KGM"}, {"kilogramm", "KGM"},
    {"t", "TNE"}, {"tonne", "TNE"}, {"tonnes", "TNE"}, {"tonnen", "TNE"},
    {"mm", "MMT"}, {"cm", "CMT"},
    {"m", "MTR"}, {"metre", "MTR"}, {"metres", "MTR"}, {"meter", "MTR"}, {"meters", "MTR"}, {"mètre", "MTR"},
    {"mètres", "MTR"}, {"lfm", "MTR"},
    // "ml" is left out on purpose: millilitre to some, mètre linéaire to French trades.
    {"km", "KMT"}, {"kilometre", "KMT"}, {"kilometres", "KMT"}, {"kilometer", "KMT"}, {"kilomètre", "KMT"},
    {"kilomètres", "KMT"},
    {"m2", "MTK"}, {"m²", "MTK"}, {"sqm", "MTK"}, {"qm", "MTK"},
    {"m3", "MTQ"}, {"m³", "MTQ"}, {"cbm", "MTQ"},
    {"l", "LTR"}, {"ltr", "LTR"}, {"litre", "LTR"}, {"litres", "LTR"}, {"liter", "LTR"}, {"liters", "LTR"},
    {"kwh", "KWH"}, {"kw", "KWT"},
};

// clang-format on

QString normalised(const QString &unit)
{
    QString t = unit.simplified().toLower();
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    return t;
}

const char *lookUp(const QString &unit)
{
    static const QHash<QString, const char *> table = [] {
        QHash<QString, const char *> h;
        for (const UnitCodes::Mapping &m : Mappings)
            h.insert(QString::fromUtf8(m.text), m.code);
        return h;
    }();
    return table.value(normalised(unit), nullptr);
}
} // namespace

QString UnitCodes::fromUnitText(const QString &unit)
{
    const char *code = lookUp(unit);
    return QString::fromLatin1(code ? code : "C62");
}

bool UnitCodes::isListed(const QString &unit)
{
    return lookUp(unit) != nullptr;
}

bool UnitCodes::isKnown(const QString &code)
{
    for (const Code &c : Codes)
        if (code == QLatin1String(c.code))
            return true;
    return false;
}

QString UnitCodes::name(const QString &code)
{
    for (const Code &c : Codes)
        if (code == QLatin1String(c.code))
            return QString::fromLatin1(c.name);
    return {};
}

Result<QString> UnitCodes::validate(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (isKnown(code))
        return code;
    // UN/ECE Recommendation 21 package codes, which EN 16931 admits with an X in front (XPP
    // piece, XBX box, XPK package, ...).
    static const QRegularExpression rec21(QStringLiteral("^X[0-9A-Z]{2}$"));
    if (rec21.match(code).hasMatch())
        return code;
    return Error::invalid(tr("unknown unit code \"%1\": use a UN/ECE Recommendation 20 code such as HUR (hour), "
                             "C62 (unit), H87 (piece), DAY, KGM, MTR, LTR or LS (lump sum)")
                              .arg(text));
}

QList<UnitCodes::Code> UnitCodes::codes()
{
    return QList<Code>(std::begin(Codes), std::end(Codes));
}

QList<UnitCodes::Mapping> UnitCodes::mappings()
{
    return QList<Mapping>(std::begin(Mappings), std::end(Mappings));
}
