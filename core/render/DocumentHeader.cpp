#include "DocumentHeader.h"

#include "PageFlow.h"
#include "RenderContext.h"

#include <QImage>
#include <QPainter>

using Kind = PrintedDocument::Kind;

QStringList DocumentHeader::sellerLines() const
{
    const PrintedDocument::Party &seller = m_context.document().seller;
    QStringList lines = seller.address;
    if (!seller.vatId.isEmpty())
        lines.append(m_context.label(DocumentLabels::VatId) + QLatin1Char(' ') + seller.vatId);
    QStringList contact;
    if (!seller.phone.isEmpty())
        contact.append(m_context.label(DocumentLabels::Phone) + QLatin1Char(' ') + seller.phone);
    if (!seller.email.isEmpty())
        contact.append(seller.email);
    if (!contact.isEmpty())
        lines.append(contact.join(QStringLiteral("  ·  ")));
    return lines;
}

QStringList DocumentHeader::customerLines() const
{
    const PrintedDocument::Party &customer = m_context.document().customer;
    QStringList lines = customer.address;
    if (!customer.vatId.isEmpty())
        lines.append(m_context.label(DocumentLabels::VatId) + QLatin1Char(' ') + customer.vatId);
    return lines;
}

QList<QPair<QString, QString>> DocumentHeader::facts() const
{
    const PrintedDocument &doc = m_context.document();
    const DocumentFormatter &format = m_context.format();
    QList<QPair<QString, QString>> facts;
    const auto add = [&facts, this](DocumentLabels::Label label, const QString &value) {
        if (!value.isEmpty())
            facts.append({m_context.label(label), value});
    };
    switch (doc.kind) {
    case Kind::Invoice: add(DocumentLabels::InvoiceNumber, m_context.displayNumber()); break;
    case Kind::CreditNote: add(DocumentLabels::CreditNoteNumber, m_context.displayNumber()); break;
    case Kind::Quotation: add(DocumentLabels::QuotationNumber, m_context.displayNumber()); break;
    case Kind::ServiceOrderReport: add(DocumentLabels::OrderNumber, m_context.displayNumber()); break;
    case Kind::PaymentReminder: break;
    }
    add(doc.kind == Kind::Invoice || doc.kind == Kind::CreditNote ? DocumentLabels::IssueDate : DocumentLabels::Date,
        format.date(doc.issueDate));
    if (doc.kind == Kind::CreditNote)
        add(DocumentLabels::Invoice, doc.creditedInvoiceNumber);
    if (doc.serviceDate.isValid() && doc.kind != Kind::PaymentReminder) {
        const QString supply = doc.serviceDateEnd.isValid() && doc.serviceDateEnd != doc.serviceDate
            ? m_context.label(DocumentLabels::ServicePeriod).arg(format.date(doc.serviceDate), format.date(doc.serviceDateEnd))
            : format.date(doc.serviceDate);
        add(DocumentLabels::ServiceDate, supply);
    }
    if (doc.kind == Kind::Invoice && doc.dueDate.isValid())
        add(DocumentLabels::DueDate, format.date(doc.dueDate));
    if (doc.kind == Kind::Quotation && doc.validUntil.isValid())
        add(DocumentLabels::ValidUntil, format.date(doc.validUntil));
    add(DocumentLabels::CustomerReference, doc.customerReference);
    return facts;
}

void DocumentHeader::addTo(PageFlow &flow) const
{
    addLetterhead(flow);
    addAddressAndFacts(flow);
}

void DocumentHeader::addLetterhead(PageFlow &flow) const
{
    const RenderContext *ctx = &m_context;
    const QImage logo = m_context.style().logo.isEmpty() ? QImage() : QImage::fromData(m_context.style().logo);
    QSizeF logoSize;
    if (!logo.isNull()) {
        const QSizeF box(m_context.mm(55), m_context.mm(20));
        logoSize = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
    }
    const QString name = m_context.document().seller.name;
    const QStringList lines = sellerLines();
    const QFont nameFont = m_context.font(11, true);
    const QFont lineFont = m_context.font(8);
    const qreal sellerHeight = m_context.lineHeight(nameFont) + lines.size() * m_context.lineHeight(lineFont);
    const qreal height = qMax(sellerHeight, logoSize.height());
    flow.addBlock(height, [ctx, logo, logoSize, name, lines, nameFont, lineFont](QPainter &p, const QRectF &r) {
        if (!logo.isNull())
            p.drawImage(QRectF(r.topLeft(), logoSize), logo);
        qreal y = r.top();
        const qreal h = ctx->lineHeight(nameFont);
        RenderContext::drawText(p, QRectF(r.left(), y, r.width(), h), Qt::AlignRight | Qt::AlignTop, name, nameFont,
                                RenderContext::ink());
        y += h;
        for (const QString &line : lines) {
            const qreal lh = ctx->lineHeight(lineFont);
            RenderContext::drawText(p, QRectF(r.left(), y, r.width(), lh), Qt::AlignRight | Qt::AlignTop, line, lineFont,
                                    RenderContext::muted());
            y += lh;
        }
    });
    flow.addSpace(m_context.pt(8));
    flow.addBlock(m_context.pt(1.2), [ctx](QPainter &p, const QRectF &r) {
        ctx->drawRule(p, r.top(), r.left(), r.right(), ctx->accent(), 1.2);
    });
    flow.addSpace(m_context.pt(16));
}

void DocumentHeader::addAddressAndFacts(PageFlow &flow) const
{
    const RenderContext *ctx = &m_context;
    const PrintedDocument &doc = m_context.document();
    const QString title = m_context.title();
    const QFont titleFont = m_context.font(20, true);
    const qreal titleHeight = m_context.lineHeight(titleFont) + m_context.pt(10);

    const QString addressLabel = m_context.label(doc.kind == Kind::Invoice || doc.kind == Kind::CreditNote
                                                     ? DocumentLabels::BillTo
                                                     : DocumentLabels::Customer)
                                     .toUpper();
    const QString customerName = doc.customer.name;
    const QStringList customer = customerLines();
    const QString siteLabel = m_context.label(DocumentLabels::SiteAddress).toUpper();
    const QStringList site = doc.kind == Kind::ServiceOrderReport ? doc.siteAddress : QStringList();
    const QList<QPair<QString, QString>> facts = this->facts();

    const QFont labelFont = m_context.font(7, true);
    const QFont nameFont = m_context.font(10, true);
    const QFont lineFont = m_context.body();
    const qreal lh = m_context.lineHeight(lineFont);
    qreal leftHeight = m_context.lineHeight(labelFont) + m_context.pt(2) + m_context.lineHeight(nameFont)
        + customer.size() * lh;
    if (!site.isEmpty())
        leftHeight += m_context.pt(8) + m_context.lineHeight(labelFont) + m_context.pt(2) + site.size() * lh;
    const qreal factsHeight = facts.size() * (lh + m_context.pt(2));
    const qreal height = titleHeight + qMax(leftHeight, factsHeight);

    flow.addBlock(height, [=](QPainter &p, const QRectF &r) {
        RenderContext::drawText(p, QRectF(r.left(), r.top(), r.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                                title, titleFont, ctx->accent());
        const qreal leftWidth = r.width() * 0.52;
        qreal y = r.top() + titleHeight;
        const auto drawLines = [&](const QString &caption, const QString &name, const QStringList &lines) {
            const qreal ch = ctx->lineHeight(labelFont);
            RenderContext::drawText(p, QRectF(r.left(), y, leftWidth, ch), Qt::AlignLeft, caption, labelFont,
                                    RenderContext::muted());
            y += ch + ctx->pt(2);
            if (!name.isEmpty()) {
                const qreal nh = ctx->lineHeight(nameFont);
                RenderContext::drawText(p, QRectF(r.left(), y, leftWidth, nh), Qt::AlignLeft, name, nameFont,
                                        RenderContext::ink());
                y += nh;
            }
            for (const QString &line : lines) {
                RenderContext::drawText(p, QRectF(r.left(), y, leftWidth, lh), Qt::AlignLeft, line, lineFont,
                                        RenderContext::ink());
                y += lh;
            }
        };
        drawLines(addressLabel, customerName, customer);
        if (!site.isEmpty()) {
            y += ctx->pt(8);
            drawLines(siteLabel, QString(), site);
        }
        // Key facts: labels left, values right-aligned in a column on the right.
        const qreal factsLeft = r.left() + r.width() * 0.58;
        const qreal factsWidth = r.right() - factsLeft;
        qreal fy = r.top() + titleHeight;
        for (const auto &fact : facts) {
            RenderContext::drawText(p, QRectF(factsLeft, fy, factsWidth, lh), Qt::AlignLeft, fact.first, lineFont,
                                    RenderContext::muted());
            RenderContext::drawText(p, QRectF(factsLeft, fy, factsWidth, lh), Qt::AlignRight, fact.second,
                                    ctx->bodyBold(), RenderContext::ink());
            fy += lh + ctx->pt(2);
        }
    });
    flow.addSpace(m_context.pt(18));
}
