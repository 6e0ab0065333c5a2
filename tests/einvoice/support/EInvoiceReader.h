#pragma once

#include "EInvoice.h"
#include "EInvoiceProfile.h"
#include "XmlTree.h"

#include <QByteArray>
#include <QStringList>

// Reads the business terms of a UBL 2.1 or CII D16B e-invoice back into the neutral model.
// Numbers are parsed from their text with DecimalText (never through a double); a number with
// more decimals than the model holds is an error, not a rounding. What the file states and the
// model cannot hold is listed in `unsupported`, as BT labels (or the element's path when no
// label is known), so that a caller can say exactly what was left out.
struct EInvoiceReadResult
{
    EInvoice invoice;
    EInvoiceProfile::Syntax syntax = EInvoiceProfile::Syntax::Ubl;
    QString customizationId; // BT-24
    QString profileId; // BT-23
    QStringList unsupported; // sorted, unique
    QStringList unusedPaths; // the elements and attributes behind `unsupported`
    QStringList errors; // text that could not be read exactly; empty when all went well
};

class EInvoiceReader
{
public:
    static EInvoiceReadResult read(const QByteArray &xml);

private:
    explicit EInvoiceReader(EInvoiceReadResult &result)
        : m_result(result)
    { }
    void readUbl(const XmlNode &root);
    void readUblParty(const XmlNode *party, EInvoiceParty &out, bool seller);
    void readUblAddress(const XmlNode *address, EInvoiceAddress &out);
    void readUblLine(const XmlNode &line, bool credit);
    EInvoiceAllowanceCharge readUblAllowanceCharge(const XmlNode &node);
    void readCii(const XmlNode &root);
    void readCiiParty(const XmlNode *party, EInvoiceParty &out);
    void readCiiAddress(const XmlNode *address, EInvoiceAddress &out);
    void readCiiLine(const XmlNode &line);
    void readCiiSettlement(const XmlNode &settlement);
    EInvoiceAllowanceCharge readCiiAllowanceCharge(const XmlNode &node);

    // Exact decimals: amounts (2 places), quantities (3), prices (4), percentages (2).
    qint64 scaled(const XmlNode &node, const QString &path, int scale);
    qint64 amount(const XmlNode &node, const QString &path) { return scaled(node, path, 2); }
    Quantity quantity(const XmlNode &node, const QString &path);
    UnitPrice price(const XmlNode &node, const QString &path);
    Percentage percent(const XmlNode &node, const QString &path);
    QDate date(const XmlNode &node, const QString &path, bool basic);
    // The base quantity's unit is the line's (the model has one unit per line): only then is it
    // taken as read; another unit is reported as not carried.
    static void markSameUnit(const XmlNode &node, const QString &path, const QString &lineUnit);

    EInvoiceReadResult &m_result;
};

// BT label of an element path the reader did not use ("BT-19 buyer accounting reference"), or
// the path itself when no label is known.
QString einvoiceTermOfPath(const QString &path);
