#include "ServiceReportBlocks.h"

#include "FlowTable.h"
#include "FlowText.h"
#include "PageFlow.h"
#include "RenderContext.h"

#include <QImage>
#include <QPainter>

void ServiceReportBlocks::addTo(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    if (m_context.style().showServiceReport) {
        const auto section = [&](DocumentLabels::Label heading, const QString &text) {
            if (text.trimmed().isEmpty())
                return;
            FlowText::addHeading(flow, m_context, m_context.label(heading));
            FlowText::addParagraphs(flow, m_context, text, m_context.body(), RenderContext::ink());
            flow.addSpace(m_context.pt(12));
        };
        section(DocumentLabels::OrderDescription, doc.orderDescription);
        section(DocumentLabels::InterventionReport, doc.interventionReport);
        addTimeEntries(flow);
        addParts(flow);
    }
    if (m_context.style().showSignOff)
        addSignOff(flow);
}

void ServiceReportBlocks::addTimeEntries(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    if (doc.timeEntries.isEmpty())
        return;
    const DocumentFormatter &format = m_context.format();
    bool priced = false;
    for (const PrintedDocument::TimeEntry &entry : doc.timeEntries)
        priced = priced || !entry.hourlyRate.isZero();
    QList<FlowTable::Column> columns{{m_context.label(DocumentLabels::Date), m_context.pt(70), Qt::AlignLeft},
                                     {m_context.label(DocumentLabels::Technician), 0, Qt::AlignLeft},
                                     {m_context.label(DocumentLabels::Hours), m_context.pt(50), Qt::AlignRight}};
    if (priced) {
        columns.append({m_context.label(DocumentLabels::HourlyRate), m_context.pt(75), Qt::AlignRight});
        columns.append({m_context.label(DocumentLabels::Amount), m_context.pt(78), Qt::AlignRight});
    }
    FlowTable table(m_context, columns);
    qint64 hours = 0;
    qint64 amount = 0;
    for (const PrintedDocument::TimeEntry &entry : doc.timeEntries) {
        QStringList cells{format.date(entry.date), entry.technician, format.quantity(entry.hours)};
        if (priced) {
            cells.append(entry.hourlyRate.isZero() ? QString() : format.unitPrice(entry.hourlyRate));
            cells.append(entry.hourlyRate.isZero() ? QString() : format.money(entry.amount));
        }
        hours += entry.hours.scaled();
        amount += entry.amount;
        table.addRow(cells);
    }
    QStringList total{QString(), m_context.label(DocumentLabels::TotalGross), format.quantity(Quantity::fromScaled(hours))};
    if (priced)
        total << QString() << format.money(amount);
    table.addRow(total, 0, true);
    FlowText::addHeading(flow, m_context, m_context.label(DocumentLabels::TimeEntries));
    table.addTo(flow);
    flow.addSpace(m_context.pt(12));
}

void ServiceReportBlocks::addParts(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    if (doc.parts.isEmpty())
        return;
    const DocumentFormatter &format = m_context.format();
    FlowTable table(m_context, {{m_context.label(DocumentLabels::Description), 0, Qt::AlignLeft},
                                {m_context.label(DocumentLabels::Quantity), m_context.pt(42), Qt::AlignRight},
                                {m_context.label(DocumentLabels::Unit), m_context.pt(40), Qt::AlignLeft},
                                {m_context.label(DocumentLabels::UnitPrice), m_context.pt(75), Qt::AlignRight},
                                {m_context.label(DocumentLabels::Amount), m_context.pt(78), Qt::AlignRight}});
    for (const PrintedDocument::PartUsed &part : doc.parts)
        table.addRow({part.description, format.quantity(part.quantity), part.unit, format.unitPrice(part.unitPrice),
                      format.money(part.amount)});
    FlowText::addHeading(flow, m_context, m_context.label(DocumentLabels::PartsUsed));
    table.addTo(flow);
    flow.addSpace(m_context.pt(12));
}

void ServiceReportBlocks::addSignOff(PageFlow &flow) const
{
    const RenderContext *ctx = &m_context;
    const PrintedDocument::SignOff &signOff = m_context.document().signOff;
    const QString nameLabel = m_context.label(DocumentLabels::SignedBy);
    const QString timeLabel = m_context.label(DocumentLabels::SignedAt);
    const QString signatureLabel = m_context.label(DocumentLabels::Signature);
    const QString name = signOff.name;
    const QString when = signOff.signedAt.isValid() ? m_context.format().dateTime(signOff.signedAt) : QString();
    const QImage signature = signOff.signatureImage.isEmpty() ? QImage() : QImage::fromData(signOff.signatureImage);
    const QFont font = m_context.body();
    const qreal lh = m_context.lineHeight(font);
    const qreal boxHeight = m_context.mm(28);

    FlowText::addHeading(flow, m_context, m_context.label(DocumentLabels::SignOff));
    flow.addBlock(boxHeight, [=](QPainter &p, const QRectF &r) {
        const qreal half = r.width() * 0.45;
        // The labels' column fits the longest label ("Datum und Uhrzeit"), at most half the field.
        const qreal labelWidth = qMin(half * 0.5, qMax(ctx->mm(28), qMax(ctx->textWidth(font, nameLabel),
                                                                          ctx->textWidth(font, timeLabel))
                                                                     + ctx->pt(8)));
        qreal y = r.top() + ctx->pt(4);
        const auto field = [&](const QString &label, const QString &value) {
            RenderContext::drawText(p, QRectF(r.left(), y, labelWidth, lh), Qt::AlignLeft, label, font, RenderContext::muted());
            if (value.isEmpty())
                ctx->drawRule(p, y + lh, r.left() + labelWidth, r.left() + half, RenderContext::muted(), 0.5);
            else
                ctx->drawLines(p, r.left() + labelWidth, y, half - labelWidth, Qt::AlignLeft,
                               ctx->wrap(ctx->bodyBold(), half - labelWidth, value, 1), ctx->bodyBold(),
                               RenderContext::ink());
            y += lh + ctx->pt(10);
        };
        field(nameLabel, name);
        field(timeLabel, when);

        const QRectF box(r.left() + r.width() * 0.52, r.top(), r.width() * 0.48, r.height());
        p.save();
        p.setPen(QPen(RenderContext::rule(), ctx->pt(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
        p.restore();
        RenderContext::drawText(p, box.adjusted(ctx->pt(4), ctx->pt(3), -ctx->pt(4), 0), Qt::AlignLeft | Qt::AlignTop,
                                signatureLabel, ctx->small(), RenderContext::muted());
        if (!signature.isNull()) {
            const QRectF area = box.adjusted(ctx->pt(8), ctx->pt(14), -ctx->pt(8), -ctx->pt(6));
            const QSizeF size = QSizeF(signature.size()).scaled(area.size(), Qt::KeepAspectRatio);
            p.drawImage(QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size), signature);
        }
    });
}
