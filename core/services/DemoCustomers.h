#pragma once

#include "EInvoiceFormat.h"

// The named customers of the demo company (DemoGenerator): French businesses on Factur-X, a German
// firm, a Belgian one reached through Peppol, and a German public buyer on XRechnung with its
// Leitweg-ID. Their printed addresses are those the demo always had.
namespace DemoCustomers {
struct Sample
{
    const char *name;
    const char *street;
    const char *postcode;
    const char *city;
    const char *country; // ISO 3166-1 alpha-2
    const char *countryLine; // as printed
    const char *vatId;
    const char *email;
    const char *language;
    int terms; // -1: company default
    EInvoiceFormat format;
    const char *endpoint; // SCHEME:ID, or ""
    const char *buyerReference; // BT-10
};

inline constexpr EInvoiceFormat FacturX = EInvoiceFormat::FacturX;
inline const Sample Samples[] = {
    {"Boulangerie Martin SARL", "14 rue Mercière", "69002", "Lyon", "FR", "France", "FR40303265045",
        "compta@boulangerie-martin.fr", "fr", -1, FacturX, "", ""},
    {"Hôtel du Parc", "1 avenue du Parc", "69006", "Lyon", "FR", "France", "FR83404833048", "factures@hotelduparc.fr",
        "fr", 45, FacturX, "", ""},
    {"Lycée Ampère", "31 rue de la Bourse", "69002", "Lyon", "FR", "France", "", "intendance@lycee-ampere.fr", "fr", 60,
        FacturX, "", ""},
    {"Clinique Saint-Joseph", "8 boulevard des Belges", "69006", "Lyon", "FR", "France", "FR44732829320",
        "achats@clinique-sj.fr", "fr", -1, FacturX, "", ""},
    {"Brasserie Lumière", "22 quai Saint-Antoine", "69002", "Lyon", "FR", "France", "FR96552100554",
        "gerant@brasserie-lumiere.fr", "fr", 15, FacturX, "", ""},
    {"Cabinet Durand & Associés", "5 place Bellecour", "69002", "Lyon", "FR", "France", "FR89380129866",
        "secretariat@durand-avocats.fr", "fr", -1, FacturX, "", ""},
    {"Kältetechnik Müller GmbH", "Industriestraße 12", "79539", "Lörrach", "DE", "Deutschland", "DE811569869",
        "buchhaltung@mueller-kaelte.de", "de", 30, EInvoiceFormat::En16931Cii, "9930:DE811569869", ""},
    {"Residence Les Tilleuls", "40 chemin des Tilleuls", "69130", "Écully", "FR", "France", "", "syndic@lestilleuls.fr",
        "fr", -1, FacturX, "", ""},
    {"Pharmacie Centrale", "2 rue de la République", "69001", "Lyon", "FR", "France", "FR85789456123",
        "pharmacie.centrale@example.fr", "fr", 30, FacturX, "", ""},
    {"Atelier Numérique SAS", "77 cours Lafayette", "69003", "Lyon", "FR", "France", "FR60823456781",
        "finance@atelier-numerique.fr", "en", 30, FacturX, "", ""},
    {"Brightwell Offices Ltd", "Rue Neuve 120", "1000", "Bruxelles", "BE", "Belgique", "BE0477472701",
        "ap@brightwell.example", "en", 30, EInvoiceFormat::Peppol, "0208:0477472701", "BW-FACILITIES"},
    {"Supermarché Bio Vert", "150 avenue Jean Jaurès", "69007", "Lyon", "FR", "France", "FR72512345678",
        "compta@biovert.fr", "fr", -1, FacturX, "", ""},
    {"Stadt Freiburg im Breisgau, Gebäudemanagement", "Fehrenbachallee 12", "79106", "Freiburg im Breisgau", "DE",
        "Deutschland", "DE142122102", "rechnungen@freiburg.example", "de", 30, EInvoiceFormat::XRechnungUbl,
        "0204:08311000-GM2026-64", "08311000-GM2026-64"},
};
} // namespace DemoCustomers
