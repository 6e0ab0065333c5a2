#include "PaymentBlock.h"

#include "FlowText.h"
#include "PageFlow.h"
#include "PaymentReference.h"
#include "QrCodePainter.h"
#include "RenderContext.h"

#include <QPainter>

#include <optional>

using Kind = PrintedDocument::Kind;

QString PaymentBlock::remittanceText() const
{
    const PrintedDocument &doc = m_context.document();
    if (doc.kind != Kind::PaymentReminder)
        return doc.number;
    QStringList numbers;
    for (const PrintedDocument::OverdueInvoice &invoice : doc.overdueInvoices)
        numbers.append(invoice.number);
    return numbers.join(QStringLiteral(", "));
}

QString PaymentBlock::printedReference() const
{
    const auto reference = PaymentReference::parse(m_context.document().paymentReference);
    return reference ? reference->printed() : QString();
}

Result<QByteArray> PaymentBlock::linkQrPayload() const
{
    const PrintedDocument &doc = m_context.document();
    if (!m_context.style().showQrCode)
        return Error::refused(tr("the template hides the payment QR code"));
    if (doc.kind != Kind::Invoice || doc.paymentLink.isEmpty() || doc.amountDue() <= 0 || doc.directDebit.amount > 0)
        return Error::refused(tr("a payment link QR code needs a link and an amount due"));
    return doc.paymentLink.toUtf8();
}

Result<QByteArray> PaymentBlock::qrPayload() const
{
    const PrintedDocument &doc = m_context.document();
    if (!m_context.style().showQrCode)
        return Error::refused(tr("the template hides the payment QR code"));
    if (doc.kind == Kind::Invoice && doc.directDebit.amount > 0)
        return Error::refused(tr("the invoice is paid by direct debit"));
    if (doc.currency != QLatin1String("EUR") || doc.amountDue() <= 0 || doc.bank.iban.trimmed().isEmpty()
        || (doc.kind != Kind::Invoice && doc.kind != Kind::PaymentReminder))
        return Error::refused(tr("a payment QR code needs an amount due in euros and an IBAN"));
    const QString holder = doc.bank.accountHolder.isEmpty() ? doc.seller.name : doc.bank.accountHolder;
    EpcQrPayload payload(holder, doc.bank.iban, doc.bank.bic, doc.amountDue(), remittanceText());
    if (const auto reference = PaymentReference::parse(doc.paymentReference); reference && doc.kind == Kind::Invoice)
        payload.setStructuredReference(reference->text);
    return payload.payload();
}

QList<QPair<QString, QString>> PaymentBlock::bankRows() const
{
    const PrintedDocument::BankDetails &bank = m_context.document().bank;
    QList<QPair<QString, QString>> rows;
    const QString holder = bank.accountHolder.isEmpty() ? m_context.document().seller.name : bank.accountHolder;
    rows.append({m_context.label(DocumentLabels::AccountHolder), holder});
    rows.append({m_context.label(DocumentLabels::Iban), DocumentFormatter::groupedIban(bank.iban)});
    if (!bank.bic.isEmpty())
        rows.append({m_context.label(DocumentLabels::Bic), bank.bic});
    if (!bank.bankName.isEmpty())
        rows.append({m_context.label(DocumentLabels::Bank), bank.bankName});
    if (const auto reference = PaymentReference::parse(m_context.document().paymentReference))
        rows.append({m_context.label(reference->kind == PaymentReference::Kind::Belgian
                                         ? DocumentLabels::StructuredCommunication
                                         : DocumentLabels::PaymentReference),
                     reference->printed()});
    return rows;
}

QStringList PaymentBlock::latePaymentMentions() const
{
    using Law = PrintedDocument::LatePaymentTerms::Law;
    const PrintedDocument &doc = m_context.document();
    const PrintedDocument::LatePaymentTerms &terms = doc.latePayment;
    if (doc.kind != Kind::Invoice || terms.law == Law::None)
        return {};
    const DocumentFormatter &format = m_context.format();
    DocumentLabels::Label statutory = DocumentLabels::LatePenaltyFrance;
    DocumentLabels::Label withRate = DocumentLabels::LatePenaltyFranceRate;
    DocumentLabels::Label indemnity = DocumentLabels::RecoveryIndemnityFrance;
    if (terms.law == Law::Belgium) {
        statutory = DocumentLabels::LateInterestBelgium;
        withRate = DocumentLabels::LateInterestBelgiumRate;
        indemnity = DocumentLabels::RecoveryIndemnityBelgium;
    } else if (terms.law == Law::Germany) {
        statutory = DocumentLabels::LateInterestGermany;
        withRate = DocumentLabels::LateInterestGermanyRate;
        indemnity = DocumentLabels::RecoveryIndemnityGermany;
    }
    QStringList mentions;
    mentions.append(terms.statutoryRate ? m_context.label(statutory)
                                        : m_context.label(withRate).arg(format.percent(terms.interestRate)));
    if (terms.recoveryIndemnity > 0)
        mentions.append(m_context.label(indemnity).arg(format.money(terms.recoveryIndemnity)));
    if (!terms.earlyPaymentDiscount.isZero())
        mentions.append(m_context.label(DocumentLabels::EarlyPaymentDiscount).arg(format.percent(terms.earlyPaymentDiscount)));
    else if (terms.law == Law::France)
        mentions.append(m_context.label(DocumentLabels::NoEarlyPaymentDiscount));
    return mentions;
}

void PaymentBlock::addTo(PageFlow &flow) const
{
    const PrintedDocument &doc = m_context.document();
    const RenderContext *ctx = &m_context;
    const QFont font = m_context.body();

    QStringList sentences;
    if (!doc.paymentTerms.trimmed().isEmpty())
        sentences.append(m_context.label(DocumentLabels::PaymentTerms).arg(doc.paymentTerms.trimmed()));
    const QString reference = printedReference().isEmpty() ? remittanceText() : printedReference();
    const bool debited = doc.kind == Kind::Invoice && doc.directDebit.amount > 0;
    if (!debited && doc.kind == Kind::Invoice && doc.amountDue() > 0 && doc.dueDate.isValid() && !reference.isEmpty())
        sentences.append(m_context.label(DocumentLabels::PayBy)
                             .arg(m_context.format().money(doc.amountDue()), m_context.format().date(doc.dueDate), reference));
    if (!sentences.isEmpty()) {
        flow.addSpace(m_context.pt(10));
        for (const QString &sentence : sentences)
            FlowText::addParagraphs(flow, m_context, sentence, font, RenderContext::ink());
    }
    if (debited) {
        // The pre-notification of the SEPA rulebook: what is debited, when, from which account.
        const PrintedDocument::DirectDebitNotice &dd = doc.directDebit;
        flow.addSpace(m_context.pt(8));
        FlowText::addParagraphs(flow, m_context, m_context.label(DocumentLabels::DirectDebitHeading),
            m_context.font(9.5, true), m_context.accent());
        FlowText::addParagraphs(flow, m_context,
            m_context.label(DocumentLabels::DirectDebitNotice)
                .arg(m_context.format().money(dd.amount), m_context.format().date(dd.debitOn), dd.maskedIban,
                    dd.mandateReference, dd.creditorId),
            font, RenderContext::ink());
    }
    const QStringList mentions = latePaymentMentions();
    if (!mentions.isEmpty()) {
        flow.addSpace(m_context.pt(4));
        for (const QString &mention : mentions)
            FlowText::addParagraphs(flow, m_context, mention, m_context.font(8), RenderContext::muted());
    }

    const bool showBank = m_context.style().showBankDetails && !doc.bank.iban.trimmed().isEmpty();
    // The QR codes, right to left: the EPC transfer, then the payment link, each with its caption.
    struct Code
    {
        QrCodePainter painter;
        QString caption;
    };
    QList<Code> codes;
    if (auto payload = qrPayload()) {
        if (auto encoded = QrCodePainter::encode(payload.value()))
            codes.append({encoded.value(), m_context.label(DocumentLabels::ScanToPay)});
    }
    if (auto link = linkQrPayload()) {
        if (auto encoded = QrCodePainter::encode(link.value()))
            codes.append({encoded.value(), m_context.label(DocumentLabels::PayOnline)});
    }
    const bool showLink = doc.kind == Kind::Invoice && !doc.paymentLink.isEmpty() && doc.amountDue() > 0
        && doc.directDebit.amount <= 0; // a debited invoice is not paid by the customer
    if (!showBank && codes.isEmpty() && !showLink)
        return;

    const QString heading = m_context.label(DocumentLabels::BankDetails);
    const qreal lh = m_context.lineHeight(font);
    const qreal headingHeight = m_context.lineHeight(m_context.font(9.5, true)) + m_context.pt(4);
    const qreal qrSide = m_context.mm(30);
    const qreal qrGap = m_context.mm(5);
    const qreal captionHeight = m_context.lineHeight(m_context.small()) + m_context.pt(2);
    const qreal padding = m_context.pt(9);
    // Labels in a fixed column (two lines at most), values wrapped between it and the QR codes:
    // with both codes, a grouped IBAN still fits on one line.
    const qreal labelWidth = m_context.mm(27);
    const qreal codesWidth = codes.isEmpty() ? 0 : codes.size() * qrSide + (codes.size() - 1) * qrGap + m_context.mm(6);
    const qreal valueWidth = m_context.width() - 2 * padding - labelWidth - codesWidth;
    QList<QPair<QString, QString>> plainRows = showBank ? bankRows() : QList<QPair<QString, QString>>();
    if (showLink)
        plainRows.append({m_context.label(DocumentLabels::PayOnline), doc.paymentLink});
    QList<QPair<QStringList, QStringList>> rows;
    qreal textHeight = showBank ? headingHeight : 0;
    const QString ibanLabel = m_context.label(DocumentLabels::Iban);
    for (const auto &row : std::as_const(plainRows)) {
        const QFont valueFont = row.first == ibanLabel ? m_context.bodyBold() : font;
        rows.append({m_context.wrap(font, labelWidth - m_context.pt(4), row.first, 2),
                     m_context.wrap(valueFont, valueWidth, row.second)});
        textHeight += qMax(rows.constLast().first.size(), rows.constLast().second.size()) * lh + m_context.pt(2);
    }
    const qreal height = qMax(textHeight, codes.isEmpty() ? 0 : qrSide + captionHeight) + 2 * padding;

    flow.addSpace(m_context.pt(12));
    flow.addBlock(height, [ctx, codes, rows, heading, font, lh, headingHeight, qrSide, qrGap, padding, showBank,
                           labelWidth, valueWidth, ibanLabel](QPainter &p, const QRectF &r) {
        p.save();
        p.setPen(QPen(RenderContext::rule(), ctx->pt(0.6)));
        p.setBrush(QColor(0xfa, 0xfa, 0xfa));
        p.drawRect(r);
        p.restore();
        const QRectF inner = r.adjusted(padding, padding, -padding, -padding);
        qreal y = inner.top();
        if (showBank) {
            RenderContext::drawText(p, QRectF(inner.left(), inner.top(), inner.width(), headingHeight), Qt::AlignLeft,
                                    heading, ctx->font(9.5, true), ctx->accent());
            y += headingHeight;
        }
        for (const auto &row : rows) {
            const qreal labelHeight
                = ctx->drawLines(p, inner.left(), y, labelWidth, Qt::AlignLeft, row.first, font, RenderContext::muted());
            const QFont valueFont = row.first.value(0) == ibanLabel ? ctx->bodyBold() : font;
            y += qMax(qMax(lh, labelHeight), ctx->drawLines(p, inner.left() + labelWidth, y, valueWidth, Qt::AlignLeft,
                                                            row.second, valueFont, RenderContext::ink()))
                + ctx->pt(2);
        }
        qreal right = inner.right();
        for (const Code &code : codes) {
            const QRectF square(right - qrSide, inner.top(), qrSide, qrSide);
            code.painter.paint(p, square, Qt::black);
            // The caption centred under its code, within the code and half the gaps beside it.
            RenderContext::drawText(p, QRectF(square.left() - qrGap / 2, square.bottom() + ctx->pt(2), qrSide + qrGap,
                                              ctx->lineHeight(ctx->small())),
                                    Qt::AlignHCenter, code.caption, ctx->small(), RenderContext::muted());
            right -= qrSide + qrGap;
        }
    });
}
