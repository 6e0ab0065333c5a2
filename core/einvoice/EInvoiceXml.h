#pragma once

#include "DecimalText.h"
#include "FixedDecimal.h"

#include <QXmlStreamWriter>

// Writing helpers shared by the UBL and CII writers: numbers from the scaled integers (never
// a double), empty values left out.
namespace EInvoiceXml {

inline QString amount(qint64 minor)
{
    return DecimalText::format(minor, 2, 2);
}
inline QString quantity(Quantity q)
{
    return DecimalText::format(q.scaled(), Quantity::scale, 0);
}
inline QString price(UnitPrice p)
{
    return DecimalText::format(p.scaled(), UnitPrice::scale, 2);
}
inline QString percent(Percentage p)
{
    return DecimalText::format(p.scaled(), Percentage::scale, 0);
}

// <name>text</name>, the text trimmed; nothing when it is blank (no empty elements:
// PEPPOL-EN16931-R008).
inline void text(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty())
        xml.writeTextElement(name, trimmed);
}

// <name attribute="attrValue">text</name>; the attribute is left out when attrValue is blank.
inline void textWithAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value,
    const QString &attribute, const QString &attrValue)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    xml.writeStartElement(name);
    if (!attrValue.trimmed().isEmpty())
        xml.writeAttribute(attribute, attrValue.trimmed());
    xml.writeCharacters(trimmed);
    xml.writeEndElement();
}

} // namespace EInvoiceXml
