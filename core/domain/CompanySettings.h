#pragma once

#include <QString>

// The seller: who the company is, how it is paid, how it numbers its documents.
struct CompanySettings
{
    QString name;
    QString address; // multi-line postal address
    QString vatId;
    QString registration; // company registration number, printed in the footer
    QString email;
    QString phone;
    QString website;
    QString iban;
    QString bic;
    QString bankName;
    QString currency = QStringLiteral("EUR");
    int paymentTermsDays = 30;
    QString invoicePattern = QStringLiteral("INV-{YYYY}-{SEQ:5}");
    QString creditNotePattern = QStringLiteral("CN-{YYYY}-{SEQ:5}");
    QString quotationPattern = QStringLiteral("Q-{YYYY}-{SEQ:5}");
    bool resetYearly = true;
    qint64 approvalThreshold = 0; // gross, minor units; 0: no approval needed
    QString defaultLanguage = QStringLiteral("en");
    QString paperSize = QStringLiteral("A4");
    QString reminderLevels = QStringLiteral("7,14,30");
};
