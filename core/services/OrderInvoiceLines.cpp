#include "OrderInvoiceLines.h"

namespace {
QString localized(const QString &language, const char16_t *en, const char16_t *fr, const char16_t *de)
{
    if (language == QLatin1String("fr"))
        return QString::fromUtf16(fr);
    if (language == QLatin1String("de"))
        return QString::fromUtf16(de);
    return QString::fromUtf16(en);
}
} // namespace

OrderInvoiceLines::OrderInvoiceLines(const QString &language, bool withTechnician)
    : m_language(language.left(2).toLower())
    , m_withTechnician(withTechnician)
{ }

QString OrderInvoiceLines::reference(const ServiceOrder &order)
{
    return order.jobRef.trimmed().isEmpty() ? QString::number(order.id) : order.jobRef.trimmed();
}

QString OrderInvoiceLines::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const QString format
        = m_language == QLatin1String("de") ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("dd/MM/yyyy");
    return date.toString(format);
}

QString OrderInvoiceLines::labourDescription(const TimeEntry &entry) const
{
    const QString day = date(entry.workDate);
    const QString technician = m_withTechnician ? entry.technician.trimmed() : QString();
    const QString own = entry.description.trimmed();
    QString text;
    if (!own.isEmpty()) {
        QStringList details;
        if (!day.isEmpty())
            details.append(day);
        if (!technician.isEmpty())
            details.append(technician);
        return details.isEmpty() ? own
                                 : own + QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    text = day.isEmpty() ? localized(m_language, u"Labour", u"Main-d’œuvre", u"Arbeitszeit")
                         : localized(m_language, u"Labour on %1", u"Main-d’œuvre du %1", u"Arbeitszeit am %1").arg(day);
    if (!technician.isEmpty())
        text += QStringLiteral(" (") + technician + QLatin1Char(')');
    return text;
}

QList<DocumentLine> OrderInvoiceLines::lines(const ServiceOrder &order, const TaxRate *labourRate) const
{
    QList<DocumentLine> lines;
    for (const TimeEntry &e : order.timeEntries) {
        DocumentLine line;
        line.kind = LineKind::Labor;
        line.description = labourDescription(e);
        line.quantity = e.hours;
        line.unit = QStringLiteral("h");
        line.unitPrice = e.hourlyRate;
        if (labourRate) {
            line.taxCategory = labourRate->category;
            line.taxRate = labourRate->rate;
            line.exemptionReason = labourRate->exemptionReason;
        }
        lines.append(line);
    }
    for (const PartUsed &p : order.parts) {
        DocumentLine line;
        line.kind = LineKind::Part;
        line.description = p.sku.isEmpty() ? p.description : p.sku + QStringLiteral(" — ") + p.description;
        line.quantity = p.quantity;
        line.unit = p.unit;
        line.unitPrice = p.unitPrice;
        line.taxCategory = p.taxCategory;
        line.taxRate = p.taxRate;
        line.exemptionReason = p.exemptionReason;
        lines.append(line);
    }
    return lines;
}
