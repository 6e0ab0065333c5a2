#include "DocumentLabels.h"

#include <array>

namespace {
struct Entry
{
    DocumentLabels::Label label;
    const char16_t *texts[3]; // en, fr, de
};

// One row per label, in enum order (checked at start-up of the first lookup).
const Entry entries[] = {
    {DocumentLabels::InvoiceTitle, {u"Invoice", u"Facture", u"Rechnung"}},
    {DocumentLabels::CreditNoteTitle, {u"Credit note", u"Avoir", u"Gutschrift"}},
    {DocumentLabels::QuotationTitle, {u"Quotation", u"Devis", u"Angebot"}},
    {DocumentLabels::ServiceReportTitle, {u"Service report", u"Rapport d’intervention", u"Servicebericht"}},
    {DocumentLabels::ReminderTitle, {u"Payment reminder", u"Relance de paiement", u"Zahlungserinnerung"}},
    {DocumentLabels::DraftWatermark, {u"DRAFT", u"BROUILLON", u"ENTWURF"}},
    {DocumentLabels::DraftNumber, {u"Draft", u"Brouillon", u"Entwurf"}},
    {DocumentLabels::InvoiceNumber, {u"Invoice no.", u"Facture n°", u"Rechnungsnr."}},
    {DocumentLabels::CreditNoteNumber, {u"Credit note no.", u"Avoir n°", u"Gutschriftsnr."}},
    {DocumentLabels::QuotationNumber, {u"Quotation no.", u"Devis n°", u"Angebotsnr."}},
    {DocumentLabels::OrderNumber, {u"Order no.", u"Intervention n°", u"Auftragsnr."}},
    {DocumentLabels::IssueDate, {u"Issue date", u"Date d’émission", u"Rechnungsdatum"}},
    {DocumentLabels::ServiceDate, {u"Date of supply", u"Date de prestation", u"Leistungsdatum"}},
    {DocumentLabels::ServicePeriod, {u"%1 to %2", u"du %1 au %2", u"%1 bis %2"}},
    {DocumentLabels::DueDate, {u"Due date", u"Date d’échéance", u"Fällig am"}},
    {DocumentLabels::ValidUntil, {u"Valid until", u"Valable jusqu’au", u"Gültig bis"}},
    {DocumentLabels::CustomerReference, {u"Your reference", u"Votre référence", u"Ihre Referenz"}},
    {DocumentLabels::VatId, {u"VAT ID", u"N° TVA", u"USt-IdNr."}},
    {DocumentLabels::BillTo, {u"Bill to", u"Facturé à", u"Rechnungsempfänger"}},
    {DocumentLabels::Customer, {u"Customer", u"Client", u"Kunde"}},
    {DocumentLabels::SiteAddress, {u"Site", u"Lieu d’intervention", u"Einsatzort"}},
    {DocumentLabels::Description, {u"Description", u"Désignation", u"Beschreibung"}},
    {DocumentLabels::Quantity, {u"Qty", u"Qté", u"Menge"}},
    {DocumentLabels::Unit, {u"Unit", u"Unité", u"Einheit"}},
    {DocumentLabels::UnitPrice, {u"Unit price", u"Prix unit.", u"Einzelpreis"}},
    {DocumentLabels::Discount, {u"Disc.", u"Remise", u"Rabatt"}},
    {DocumentLabels::TaxRate, {u"VAT", u"TVA", u"USt."}},
    {DocumentLabels::Amount, {u"Amount", u"Montant HT", u"Betrag"}},
    {DocumentLabels::CarriedForward, {u"Carried forward", u"À reporter", u"Übertrag"}},
    {DocumentLabels::BroughtForward, {u"Brought forward", u"Report", u"Übertrag"}},
    {DocumentLabels::TaxBreakdown, {u"VAT rate", u"Taux de TVA", u"USt.-Satz"}},
    {DocumentLabels::TaxableBase, {u"Taxable amount", u"Base HT", u"Nettobetrag"}},
    {DocumentLabels::TaxAmount, {u"VAT", u"TVA", u"USt."}},
    {DocumentLabels::TotalNet, {u"Total net", u"Total HT", u"Summe netto"}},
    {DocumentLabels::TotalTax, {u"Total VAT", u"Total TVA", u"Summe USt."}},
    {DocumentLabels::TotalGross, {u"Total", u"Total TTC", u"Gesamtbetrag"}},
    {DocumentLabels::AmountPaid, {u"Paid", u"Déjà réglé", u"Bereits bezahlt"}},
    {DocumentLabels::AmountCredited, {u"Credited", u"Avoirs", u"Gutgeschrieben"}},
    {DocumentLabels::AmountDue, {u"Amount due", u"Net à payer", u"Zahlbetrag"}},
    {DocumentLabels::CategoryExempt, {u"exempt", u"exonéré", u"steuerfrei"}},
    {DocumentLabels::CategoryReverseCharge, {u"reverse charge", u"autoliquidation", u"Reverse Charge"}},
    {DocumentLabels::CategoryZero, {u"zero-rated", u"taux zéro", u"Nullsatz"}},
    {DocumentLabels::CategoryIntraCommunity,
     {u"intra-EU supply", u"livraison intracommunautaire", u"innergemeinschaftliche Lieferung"}},
    {DocumentLabels::CategoryExport, {u"export", u"exportation", u"Ausfuhr"}},
    {DocumentLabels::CategoryOutOfScope, {u"not subject to VAT", u"hors champ de la TVA", u"nicht steuerbar"}},
    {DocumentLabels::ExemptionMention, {u"VAT exemption: %1", u"Exonération de TVA : %1", u"Steuerbefreiung: %1"}},
    {DocumentLabels::ReverseChargeMention,
     {u"Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)",
      u"Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE)",
      u"Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 Richtlinie 2006/112/EG)"}},
    {DocumentLabels::IntraCommunityMention,
     {u"VAT exempt intra-EU supply (Article 138, Directive 2006/112/EC)",
      u"Exonération de TVA, livraison intracommunautaire (article 138 de la directive 2006/112/CE)",
      u"Steuerfreie innergemeinschaftliche Lieferung (Art. 138 Richtlinie 2006/112/EG)"}},
    {DocumentLabels::ExportMention,
     {u"VAT exempt export outside the EU (Article 146, Directive 2006/112/EC)",
      u"Exonération de TVA, exportation hors de l'UE (article 146 de la directive 2006/112/CE)",
      u"Steuerfreie Ausfuhrlieferung (Art. 146 Richtlinie 2006/112/EG)"}},
    {DocumentLabels::OutOfScopeMention,
     {u"Not subject to VAT", u"Opération hors du champ d'application de la TVA", u"Nicht im Inland steuerbare Leistung"}},
    {DocumentLabels::PaymentTerms, {u"Payment terms: %1", u"Conditions de paiement : %1", u"Zahlungsbedingungen: %1"}},
    {DocumentLabels::PayBy,
     {u"Please pay %1 by %2, quoting %3.", u"Merci de régler %1 avant le %2 en indiquant la référence %3.",
      u"Bitte überweisen Sie %1 bis zum %2 unter Angabe von %3."}},
    {DocumentLabels::BankDetails, {u"Bank details", u"Coordonnées bancaires", u"Bankverbindung"}},
    {DocumentLabels::AccountHolder, {u"Account holder", u"Titulaire", u"Kontoinhaber"}},
    {DocumentLabels::Iban, {u"IBAN", u"IBAN", u"IBAN"}},
    {DocumentLabels::Bic, {u"BIC", u"BIC", u"BIC"}},
    {DocumentLabels::Bank, {u"Bank", u"Banque", u"Bank"}},
    {DocumentLabels::ScanToPay, {u"Scan to pay", u"Scanner pour payer", u"Scannen und bezahlen"}},
    {DocumentLabels::Notes, {u"Notes", u"Remarques", u"Hinweise"}},
    {DocumentLabels::DirectDebitHeading, {u"SEPA direct debit", u"Prélèvement SEPA", u"SEPA-Lastschrift"}},
    {DocumentLabels::DirectDebitNotice,
     {u"%1 will be debited on %2 from account %3 under mandate %4 (creditor identifier %5).",
      u"%1 sera prélevé le %2 sur le compte %3 au titre du mandat %4 (identifiant créancier %5).",
      u"%1 wird am %2 von Konto %3 mit Mandat %4 eingezogen (Gläubiger-ID %5)."}},
    {DocumentLabels::CreditsInvoiceOf,
     {u"This credit note refers to invoice %1 of %2.", u"Cet avoir se rapporte à la facture %1 du %2.",
      u"Diese Gutschrift bezieht sich auf die Rechnung %1 vom %2."}},
    {DocumentLabels::CreditsInvoice,
     {u"This credit note refers to invoice %1.", u"Cet avoir se rapporte à la facture %1.",
      u"Diese Gutschrift bezieht sich auf die Rechnung %1."}},
    {DocumentLabels::QuotationValidity,
     {u"This quotation is valid until %1.", u"Ce devis est valable jusqu’au %1.",
      u"Dieses Angebot ist gültig bis %1."}},
    {DocumentLabels::OrderDescription, {u"Work ordered", u"Travaux demandés", u"Auftrag"}},
    {DocumentLabels::InterventionReport, {u"Work carried out", u"Travaux réalisés", u"Ausgeführte Arbeiten"}},
    {DocumentLabels::TimeEntries, {u"Time", u"Temps passé", u"Arbeitszeit"}},
    {DocumentLabels::Date, {u"Date", u"Date", u"Datum"}},
    {DocumentLabels::Technician, {u"Technician", u"Technicien", u"Techniker"}},
    {DocumentLabels::Hours, {u"Hours", u"Heures", u"Stunden"}},
    {DocumentLabels::HourlyRate, {u"Rate", u"Taux horaire", u"Stundensatz"}},
    {DocumentLabels::PartsUsed, {u"Parts used", u"Pièces utilisées", u"Verwendetes Material"}},
    {DocumentLabels::SignOff, {u"Customer sign-off", u"Validation du client", u"Abnahme durch den Kunden"}},
    {DocumentLabels::SignedBy, {u"Name", u"Nom", u"Name"}},
    {DocumentLabels::SignedAt, {u"Date and time", u"Date et heure", u"Datum und Uhrzeit"}},
    {DocumentLabels::Signature, {u"Signature", u"Signature", u"Unterschrift"}},
    {DocumentLabels::ReminderLevel, {u"Reminder no. %1", u"Relance n° %1", u"%1. Mahnung"}},
    {DocumentLabels::ReminderBodyFirst,
     {u"Our records show that the invoices below are overdue. Perhaps they escaped your attention: "
      u"please settle the amount due at your earliest convenience. If you have already paid, "
      u"please disregard this letter.",
      u"Sauf erreur de notre part, les factures ci-dessous restent impayées à ce jour. Nous vous "
      u"remercions de bien vouloir régler le montant dû dans les meilleurs délais. Si votre "
      u"paiement est déjà parti, merci de ne pas tenir compte de ce courrier.",
      u"Bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgenden Rechnungen "
      u"noch offen sind. Bitte begleichen Sie den offenen Betrag zeitnah. Sollten Sie bereits "
      u"gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos."}},
    {DocumentLabels::ReminderBodySecond,
     {u"Despite our previous reminder, the invoices below are still unpaid. Please pay the amount "
      u"due within the next seven days.",
      u"Malgré notre précédente relance, les factures ci-dessous restent impayées. Nous vous "
      u"prions de régler le montant dû sous sept jours.",
      u"Trotz unserer Erinnerung sind die folgenden Rechnungen weiterhin offen. Bitte begleichen "
      u"Sie den offenen Betrag innerhalb von sieben Tagen."}},
    {DocumentLabels::ReminderBodyFinal,
     {u"This is our final reminder. Unless the amount due reaches us within seven days, we will "
      u"have to take further steps to recover it.",
      u"Ceci est notre dernière relance. À défaut de paiement sous sept jours, nous serons "
      u"contraints d’engager une procédure de recouvrement.",
      u"Dies ist unsere letzte Mahnung. Sollte der offene Betrag nicht innerhalb von sieben Tagen "
      u"eingehen, sehen wir uns gezwungen, weitere Schritte einzuleiten."}},
    {DocumentLabels::Invoice, {u"Invoice", u"Facture", u"Rechnung"}},
    {DocumentLabels::DaysOverdue, {u"Days overdue", u"Jours de retard", u"Tage überfällig"}},
    {DocumentLabels::TotalOverdue, {u"Total due", u"Total dû", u"Offener Gesamtbetrag"}},
    {DocumentLabels::PageOf, {u"Page %1 of %2", u"Page %1 sur %2", u"Seite %1 von %2"}},
    {DocumentLabels::Phone, {u"Tel.", u"Tél.", u"Tel."}},
    {DocumentLabels::Email, {u"Email", u"E-mail", u"E-Mail"}},
    {DocumentLabels::TermsNetDays, {u"Net %1 days", u"%1 jours net", u"%1 Tage netto"}},
    {DocumentLabels::TermsOnReceipt, {u"Due on receipt", u"Payable à réception", u"Zahlbar sofort nach Erhalt"}},
    // France: Code de commerce, articles L441-10 and D441-5.
    {DocumentLabels::LatePenaltyFrance,
     {u"Late payment penalties: three times the French legal interest rate (article L441-10 of the French "
      u"Commercial Code).",
      u"Pénalités de retard : trois fois le taux d’intérêt légal (article L441-10 du Code de commerce).",
      u"Verzugsstrafen: das Dreifache des gesetzlichen Zinssatzes (Art. L441-10 des französischen "
      u"Handelsgesetzbuchs)."}},
    {DocumentLabels::LatePenaltyFranceRate,
     {u"Late payment penalties: %1 a year (article L441-10 of the French Commercial Code).",
      u"Pénalités de retard : taux annuel de %1 (article L441-10 du Code de commerce).",
      u"Verzugsstrafen: %1 jährlich (Art. L441-10 des französischen Handelsgesetzbuchs)."}},
    {DocumentLabels::RecoveryIndemnityFrance,
     {u"Fixed indemnity for recovery costs in case of late payment: %1 (articles L441-10 and D441-5 of the French "
      u"Commercial Code).",
      u"Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : %1 (articles L441-10 et "
      u"D441-5 du Code de commerce).",
      u"Pauschale Entschädigung für Beitreibungskosten bei Zahlungsverzug: %1 (Art. L441-10 und D441-5 des "
      u"französischen Handelsgesetzbuchs)."}},
    // Belgium: law of 2 August 2002 on combating late payment in commercial transactions.
    {DocumentLabels::LateInterestBelgium,
     {u"Late payment: interest at the rate of the law of 2 August 2002 on combating late payment in commercial "
      u"transactions is due by law and without notice.",
      u"En cas de retard de paiement, un intérêt au taux de la loi du 2 août 2002 concernant la lutte contre le "
      u"retard de paiement dans les transactions commerciales est dû de plein droit et sans mise en demeure.",
      u"Bei Zahlungsverzug sind von Rechts wegen und ohne Mahnung Zinsen zum Satz des Gesetzes vom 2. August 2002 "
      u"zur Bekämpfung des Zahlungsverzugs im Handelsverkehr geschuldet."}},
    {DocumentLabels::LateInterestBelgiumRate,
     {u"Late payment: interest at %1 a year is due by law and without notice (law of 2 August 2002).",
      u"En cas de retard de paiement, un intérêt de %1 l’an est dû de plein droit et sans mise en demeure (loi du "
      u"2 août 2002).",
      u"Bei Zahlungsverzug sind von Rechts wegen und ohne Mahnung Zinsen von %1 jährlich geschuldet (Gesetz vom "
      u"2. August 2002)."}},
    {DocumentLabels::RecoveryIndemnityBelgium,
     {u"A fixed compensation for recovery costs of %1 is also due (article 6 of the law of 2 August 2002).",
      u"Une indemnité forfaitaire pour frais de recouvrement de %1 est en outre due (article 6 de la loi du "
      u"2 août 2002).",
      u"Zusätzlich ist eine Pauschale für Beitreibungskosten von %1 geschuldet (Art. 6 des Gesetzes vom "
      u"2. August 2002)."}},
    // Germany: § 288 BGB (business customers).
    {DocumentLabels::LateInterestGermany,
     {u"Late payment: default interest of nine percentage points above the base rate (section 288 (2) BGB).",
      u"En cas de retard de paiement : intérêts de retard de neuf points au-dessus du taux de base (§ 288, al. 2 "
      u"BGB).",
      u"Bei Zahlungsverzug berechnen wir Verzugszinsen von neun Prozentpunkten über dem Basiszinssatz (§ 288 "
      u"Abs. 2 BGB)."}},
    {DocumentLabels::LateInterestGermanyRate,
     {u"Late payment: default interest of %1 a year (section 288 BGB).",
      u"En cas de retard de paiement : intérêts de retard de %1 l’an (§ 288 BGB).",
      u"Bei Zahlungsverzug berechnen wir Verzugszinsen von %1 jährlich (§ 288 BGB)."}},
    {DocumentLabels::RecoveryIndemnityGermany,
     {u"In case of late payment a lump sum of %1 is also due (section 288 (5) BGB).",
      u"En cas de retard de paiement, un forfait de %1 est en outre dû (§ 288, al. 5 BGB).",
      u"Bei Zahlungsverzug wird zusätzlich eine Pauschale von %1 fällig (§ 288 Abs. 5 BGB)."}},
    {DocumentLabels::NoEarlyPaymentDiscount,
     {u"No discount for early payment.", u"Pas d’escompte pour paiement anticipé.",
      u"Kein Skonto bei vorzeitiger Zahlung."}},
    {DocumentLabels::EarlyPaymentDiscount,
     {u"Discount for early payment: %1.", u"Escompte pour paiement anticipé : %1.",
      u"Skonto bei vorzeitiger Zahlung: %1."}},
    {DocumentLabels::PaymentReference, {u"Payment reference", u"Référence de paiement", u"Zahlungsreferenz"}},
    {DocumentLabels::StructuredCommunication,
     {u"Structured communication", u"Communication structurée", u"Strukturierte Mitteilung"}},
    {DocumentLabels::PayOnline, {u"Pay online", u"Payer en ligne", u"Online bezahlen"}},
};
static_assert(std::size(entries) == DocumentLabels::LabelCount, "one label table row per label");

int columnFor(const QString &language)
{
    const QString code = language.left(2).toLower();
    if (code == QLatin1String("fr"))
        return 1;
    if (code == QLatin1String("de"))
        return 2;
    return 0;
}
} // namespace

DocumentLabels::DocumentLabels(const QString &language)
    : m_column(columnFor(language)),
      m_language(m_column == 1 ? QStringLiteral("fr") : m_column == 2 ? QStringLiteral("de") : QStringLiteral("en"))
{
}

bool DocumentLabels::isSupported(const QString &language)
{
    const QString code = language.left(2).toLower();
    return (language.size() == 2 || (language.size() > 2 && (language.at(2) == QLatin1Char('_') || language.at(2) == QLatin1Char('-'))))
        && (code == QLatin1String("en") || code == QLatin1String("fr") || code == QLatin1String("de"));
}

QString DocumentLabels::defaultLocaleName(const QString &language)
{
    switch (columnFor(language)) {
    case 1: return QStringLiteral("fr_FR");
    case 2: return QStringLiteral("de_DE");
    default: return QStringLiteral("en_GB");
    }
}

QString DocumentLabels::text(Label label) const
{
    if (label < 0 || label >= LabelCount)
        return {};
    const Entry &entry = entries[label];
    Q_ASSERT(entry.label == label);
    return QString::fromUtf16(entry.texts[m_column]);
}
