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
    // The seller's name and lines wrap in what the logo leaves free, right-aligned.
    const qreal textWidth = m_context.width() - (logo.isNull() ? 0 : logoSize.width() + m_context.mm(6));
    const QFont nameFont = m_context.font(11, true);
    const QFont lineFont = m_context.font(8);
    const QStringList name = m_context.wrap(nameFont, textWidth, m_context.document().seller.name);
    QStringList lines;
    for (const QString &line : sellerLines())
        lines.append(m_context.wrap(lineFont, textWidth, line));
    const qreal sellerHeight
        = name.size() * m_context.lineHeight(nameFont) + lines.size() * m_context.lineHeight(lineFont);
    const qreal height = qMax(sellerHeight, logoSize.height());
    flow.addBlock(height, [ctx, logo, logoSize, name, lines, nameFont, lineFont, textWidth](QPainter &p, const QRectF &r) {
        if (!logo.isNull())
            p.drawImage(QRectF(r.topLeft(), logoSize), logo);
        const qreal x = r.right() - textWidth;
        qreal y = r.top();
        y += ctx->drawLines(p, x, y, textWidth, Qt::AlignRight, name, nameFont, RenderContext::ink());
        ctx->drawLines(p, x, y, textWidth, Qt::AlignRight, lines, lineFont, RenderContext::muted());
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

    const QFont labelFont = m_context.font(7, true);
    const QFont nameFont = m_context.font(10, true);
    const QFont lineFont = m_context.body();
    const QFont valueFont = m_context.bodyBold();
    const qreal lh = m_context.lineHeight(lineFont);

    // Left: the address block; right: the key facts, labels left and values right-aligned in
    // their own column. Every text wraps inside its box; the customer's reference is kept to
    // three lines.
    const qreal leftWidth = m_context.width() * 0.52;
    const qreal factsLeft = m_context.width() * 0.58;
    const qreal factsWidth = m_context.width() - factsLeft;
    const qreal gap = m_context.pt(8);

    struct Caption
    {
        QString caption;
        QStringList name;
        QStringList lines;
    };
    const auto wrapAll = [this, leftWidth, lineFont](const QStringList &texts) {
        QStringList lines;
        for (const QString &text : texts)
            lines.append(m_context.wrap(lineFont, leftWidth, text));
        return lines;
    };
    QList<Caption> left;
    left.append({m_context.label(doc.kind == Kind::Invoice || doc.kind == Kind::CreditNote ? DocumentLabels::BillTo
                                                                                            : DocumentLabels::Customer)
                     .toUpper(),
                 doc.customer.name.isEmpty() ? QStringList() : m_context.wrap(nameFont, leftWidth, doc.customer.name),
                 wrapAll(customerLines())});
    if (doc.kind == Kind::ServiceOrderReport && !doc.siteAddress.isEmpty())
        left.append({m_context.label(DocumentLabels::SiteAddress).toUpper(), {}, wrapAll(doc.siteAddress)});
    qreal leftHeight = 0;
    for (const Caption &block : left)
        leftHeight += (leftHeight > 0 ? m_context.pt(8) : 0) + m_context.lineHeight(labelFont) + m_context.pt(2)
            + block.name.size() * m_context.lineHeight(nameFont) + block.lines.size() * lh;

    struct Fact
    {
        QString label;
        QStringList value;
    };
    const QList<QPair<QString, QString>> pairs = facts();
    qreal labelWidth = 0;
    for (const auto &pair : pairs)
        labelWidth = qMax(labelWidth, m_context.textWidth(lineFont, pair.first));
    labelWidth = qMin(labelWidth, factsWidth * 0.5);
    const qreal valueWidth = factsWidth - labelWidth - gap;
    QList<Fact> factRows;
    qreal factsHeight = 0;
    for (const auto &pair : pairs) {
        const bool reference = pair.first == m_context.label(DocumentLabels::CustomerReference);
        Fact fact{pair.first, m_context.wrap(valueFont, valueWidth, pair.second, reference ? 3 : 0)};
        factsHeight += qMax<qsizetype>(1, fact.value.size()) * lh + m_context.pt(2);
        factRows.append(fact);
    }
    const qreal height = titleHeight + qMax(leftHeight, factsHeight);

    flow.addBlock(height, [=](QPainter &p, const QRectF &r) {
        RenderContext::drawText(p, QRectF(r.left(), r.top(), r.width(), titleHeight), Qt::AlignLeft | Qt::AlignTop,
                                title, titleFont, ctx->accent());
        qreal y = r.top() + titleHeight;
        for (int i = 0; i < left.size(); ++i) {
            const Caption &block = left.at(i);
            if (i > 0)
                y += ctx->pt(8);
            y += ctx->drawLines(p, r.left(), y, leftWidth, Qt::AlignLeft, {block.caption}, labelFont,
                                RenderContext::muted());
            y += ctx->pt(2);
            y += ctx->drawLines(p, r.left(), y, leftWidth, Qt::AlignLeft, block.name, nameFont, RenderContext::ink());
            y += ctx->drawLines(p, r.left(), y, leftWidth, Qt::AlignLeft, block.lines, lineFont, RenderContext::ink());
        }
        qreal fy = r.top() + titleHeight;
        for (const Fact &fact : factRows) {
            const QStringList label = ctx->wrap(lineFont, labelWidth, fact.label, 1);
            ctx->drawLines(p, r.left() + factsLeft, fy, labelWidth, Qt::AlignLeft, label, lineFont, RenderContext::muted());
            const qreal used = ctx->drawLines(p, r.right() - valueWidth, fy, valueWidth, Qt::AlignRight, fact.value,
                                              valueFont, RenderContext::ink());
            fy += qMax(used, lh) + ctx->pt(2);
        }
    });
    flow.addSpace(m_context.pt(18));
}
