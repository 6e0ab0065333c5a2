#include "CliDocumentCommands.h"

#include "CliEInvoiceCommands.h"
#include "CliJson.h"
#include "CliMailCommands.h"
#include "CliPdfCommands.h"
#include "PaymentLink.h"
#include "PaymentReference.h"

#include <limits>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliDocumentCommands", text, disambiguation, n);
}

Result<DocumentLine> lineFromOptions(CliSession &s)
{
    DocumentLine l;
    l.description = s.args.option(QStringLiteral("description"));
    for (const char *required : {"quantity", "unit-price", "tax-rate"})
        if (!s.args.has(QString::fromLatin1(required)))
            return Error::invalid(tr("--%1 is required.").arg(QString::fromLatin1(required)));
    auto quantity = Quantity::parse(s.args.option(QStringLiteral("quantity")));
    if (!quantity)
        return quantity.error().prefixed(QStringLiteral("--quantity"));
    auto price = UnitPrice::parse(s.args.option(QStringLiteral("unit-price")), false);
    if (!price)
        return price.error().prefixed(QStringLiteral("--unit-price"));
    auto rate = Percentage::parse(s.args.option(QStringLiteral("tax-rate")), false);
    if (!rate)
        return rate.error().prefixed(QStringLiteral("--tax-rate"));
    auto discount = Percentage::parse(s.args.option(QStringLiteral("discount"), QStringLiteral("0")), false);
    if (!discount)
        return discount.error().prefixed(QStringLiteral("--discount"));
    l.quantity = quantity.value();
    l.unitPrice = price.value();
    l.taxRate = rate.value();
    l.discount = discount.value();
    l.unit = s.args.option(QStringLiteral("unit"));
    l.exemptionReason = s.args.option(QStringLiteral("exemption-reason"));
    l.unitCode = s.args.option(QStringLiteral("unit-code"));
    l.vatexCode = s.args.option(QStringLiteral("vatex-code"));
    l.taxCategory = rate->isZero() ? TaxCategory::Zero : TaxCategory::Standard;
    if (s.args.has(QStringLiteral("tax-category"))) {
        auto category = TaxCategories::fromKey(s.args.option(QStringLiteral("tax-category")));
        if (!category)
            return category.error().prefixed(QStringLiteral("--tax-category"));
        l.taxCategory = category.value();
    }
    const QString kind = s.args.option(QStringLiteral("kind"), QStringLiteral("other"));
    if (kind != QLatin1String("labor") && kind != QLatin1String("part") && kind != QLatin1String("other"))
        return Error::invalid(tr("--kind is labor, part or other."));
    l.kind = LineKinds::fromKey(kind);
    if (s.args.has(QStringLiteral("position")))
        l.position = s.args.option(QStringLiteral("position")).toInt();
    return l;
}

Status show(CliSession &s, qint64 id)
{
    auto doc = s.ledger->context().documents.find(id);
    if (!doc)
        return doc.error();
    if (doc->isDraft()) {
        // Show a draft with the tax breakdown it would get.
        auto totals = DraftService::totalsOf(doc->lines);
        if (totals)
            doc->taxSubtotals = totals->subtotals;
    }
    auto payments = s.ledger->context().payments.forDocument(id);
    if (!payments)
        return payments.error();
    auto notes = s.ledger->context().documents.creditNotesOf(id);
    if (!notes)
        return notes.error();
    if (s.args.json) {
        s.json(CliJson::document(doc.value(), payments.value(), notes.value()));
        return {};
    }
    const Document &d = doc.value();
    s.line(QStringLiteral("%1  %2  %3").arg(d.displayName(), DocumentStatuses::displayName(d.status), d.customerName));
    if (d.issueDate.isValid())
        s.line(tr("Issued %1, due %2").arg(d.issueDate.toString(Qt::ISODate), d.dueDate.toString(Qt::ISODate)));
    for (const DocumentLine &l : d.lines)
        s.line(QStringLiteral("  %1. %2  %3 × %4  %5%6%  %7")
                   .arg(l.position)
                   .arg(l.description, l.quantity.toString(), l.unitPrice.toString(2),
                       l.discount.isZero() ? QString() : QStringLiteral("-%1%  ").arg(l.discount.toString()),
                       l.taxRate.toString(), s.money(l.net)));
    for (const TaxSubtotal &t : d.taxSubtotals)
        s.line(tr("  VAT %1% on %2: %3").arg(t.rate.toString(), s.money(t.base), s.money(t.tax)));
    s.line(tr("Net %1  Tax %2  Gross %3  Paid %4  Credited %5  Due %6")
               .arg(s.money(d.totalNet), s.money(d.totalTax), s.money(d.totalGross), s.money(d.amountPaid),
                    s.money(d.amountCredited), s.money(d.amountDue())));
    if (const auto reference = PaymentReference::parse(d.paymentReference))
        s.line(tr("Payment reference %1").arg(reference->printed()));
    if (const QString link = PaymentLink::frozenIn(d.snapshot); !link.isEmpty())
        s.line(tr("Payment link %1").arg(link));
    return {};
}

Status list(CliSession &s, std::optional<DocumentType> type)
{
    FACTURO_TRY(s.args.allowOnly({QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("from"),
                                  QStringLiteral("to"), QStringLiteral("overdue"), QStringLiteral("search"),
                                  QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("type"),
                                  QStringLiteral("trash")},
                                 QStringLiteral("invoice list")));
    DocumentFilter f;
    f.type = type;
    if (s.args.has(QStringLiteral("type"))) {
        const QString t = s.args.option(QStringLiteral("type"));
        if (t == QLatin1String("all"))
            f.type.reset();
        else if (t == QLatin1String("credit-note") || t == QLatin1String("credit_note"))
            f.type = DocumentType::CreditNote;
        else if (t != QLatin1String("invoice"))
            return Error::invalid(tr("--type is invoice, credit-note or all."));
    }
    for (const QString &status : s.args.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const DocumentStatus st = DocumentStatuses::fromKey(status.trimmed().replace(QLatin1Char('-'), QLatin1Char('_')));
        if (DocumentStatuses::key(st) != status.trimmed().replace(QLatin1Char('-'), QLatin1Char('_')))
            return Error::invalid(tr("Unknown status \"%1\" (draft, posted, partially_paid, paid, credited, refunded).")
                                      .arg(status));
        f.statuses << st;
    }
    f.customerId = s.args.option(QStringLiteral("customer")).toLongLong();
    if (s.args.has(QStringLiteral("from"))) {
        auto d = s.date(s.args.option(QStringLiteral("from")), QStringLiteral("--from"));
        if (!d)
            return d.error();
        f.issuedFrom = d.value();
    }
    if (s.args.has(QStringLiteral("to"))) {
        auto d = s.date(s.args.option(QStringLiteral("to")), QStringLiteral("--to"));
        if (!d)
            return d.error();
        f.issuedTo = d.value();
    }
    if (s.args.flag(QStringLiteral("overdue")))
        f.overdueAsOf = QDate::currentDate();
    if (s.args.flag(QStringLiteral("trash")))
        f.trash = DocumentFilter::Trash::Only;
    f.search = s.args.option(QStringLiteral("search"));
    auto limit = s.count(QStringLiteral("limit"), 100, 1, 1'000'000);
    if (!limit)
        return limit.error();
    auto offset = s.count(QStringLiteral("offset"), 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return offset.error();
    auto rows = s.ledger->context().documents.list(f, offset.value(), limit.value());
    if (!rows)
        return rows.error();
    QJsonArray array;
    for (const DocumentSummary &r : rows.value()) {
        if (s.args.json)
            array.append(CliJson::summary(r, s.currency()));
        else
            s.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                       .arg(r.id)
                       .arg(r.number.isEmpty() ? tr("(draft)") : r.number, DocumentStatuses::key(r.status),
                            r.customerName, r.issueDate.toString(Qt::ISODate), s.money(r.totalGross),
                            s.money(r.amountDue)));
    }
    if (s.args.json)
        s.json(array);
    return {};
}

Result<qint64> documentArgument(CliSession &s, const QString &what)
{
    auto ref = s.args.positional(0, what);
    if (!ref)
        return ref.error();
    return s.documentId(ref.value());
}
} // namespace

Status CliDocumentCommands::invoice(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    Ledger &l = *s.ledger;
    if (sub == QLatin1String("new")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("customer"), QStringLiteral("reference"), QStringLiteral("notes"),
                                      QStringLiteral("internal-notes"), QStringLiteral("service-date"),
                                      QStringLiteral("buyer-reference"), QStringLiteral("order-reference"),
                                      QStringLiteral("payment-means")},
                                     QStringLiteral("invoice new")));
        if (!s.args.has(QStringLiteral("customer")))
            return Error::invalid(tr("--customer is required."));
        Document header;
        header.customerReference = s.args.option(QStringLiteral("reference"));
        header.printedNotes = s.args.option(QStringLiteral("notes"));
        header.internalNotes = s.args.option(QStringLiteral("internal-notes"));
        header.buyerReference = s.args.option(QStringLiteral("buyer-reference"));
        header.orderReference = s.args.option(QStringLiteral("order-reference"));
        if (s.args.has(QStringLiteral("payment-means"))) {
            auto means = PaymentMeansKeys::fromKey(s.args.option(QStringLiteral("payment-means")));
            if (!means)
                return means.error().prefixed(QStringLiteral("--payment-means"));
            header.paymentMeans = means.value();
        }
        if (s.args.has(QStringLiteral("service-date"))) {
            auto d = s.date(s.args.option(QStringLiteral("service-date")), QStringLiteral("--service-date"));
            if (!d)
                return d.error();
            header.serviceDate = d.value();
        }
        auto id = l.drafts().createInvoice(s.args.option(QStringLiteral("customer")).toLongLong(), header, {});
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("from-order")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("invoice from-order")));
        auto order = s.args.positional(0, tr("service order id"));
        if (!order)
            return order.error();
        auto id = l.drafts().createFromOrder(order->toLongLong());
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("add-line")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("description"), QStringLiteral("quantity"),
                                      QStringLiteral("unit-price"), QStringLiteral("tax-rate"),
                                      QStringLiteral("tax-category"), QStringLiteral("discount"), QStringLiteral("unit"),
                                      QStringLiteral("kind"), QStringLiteral("exemption-reason"),
                                      QStringLiteral("position"), QStringLiteral("unit-code"),
                                      QStringLiteral("vatex-code")},
                                     QStringLiteral("invoice add-line")));
        auto id = documentArgument(s, tr("draft id"));
        if (!id)
            return id.error();
        auto line = lineFromOptions(s);
        if (!line)
            return line.error();
        auto lineId = l.drafts().addLine(id.value(), line.value());
        if (!lineId)
            return lineId.error();
        s.line(QString::number(lineId.value()));
        return {};
    }
    if (sub == QLatin1String("remove-line")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("line")}, QStringLiteral("invoice remove-line")));
        auto id = documentArgument(s, tr("draft id"));
        if (!id)
            return id.error();
        return l.drafts().removeLine(id.value(), s.args.option(QStringLiteral("line")).toLongLong());
    }
    if (sub == QLatin1String("post") || sub == QLatin1String("approve") || sub == QLatin1String("delete")
        || sub == QLatin1String("restore") || sub == QLatin1String("check")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("invoice ") + sub));
        auto id = documentArgument(s, tr("draft id"));
        if (!id)
            return id.error();
        if (sub == QLatin1String("post")) {
            auto number = l.posting().post(id.value());
            if (!number)
                return number.error();
            s.line(number.value());
            return {};
        }
        if (sub == QLatin1String("check")) {
            auto issues = l.posting().check(id.value());
            if (!issues)
                return issues.error();
            QJsonArray array;
            for (const PostingIssue &i : issues.value()) {
                array.append(QJsonObject{{QStringLiteral("field"), i.field}, {QStringLiteral("message"), i.message}});
                if (!s.args.json)
                    s.line(QStringLiteral("%1\t%2").arg(i.field, i.message));
            }
            if (s.args.json)
                s.json(array);
            if (!issues->isEmpty())
                return Error::refused(tr("The draft cannot be posted yet: %n field(s) missing.", nullptr,
                                         static_cast<int>(issues->size())));
            return {};
        }
        if (sub == QLatin1String("approve"))
            return l.drafts().approve(id.value());
        if (sub == QLatin1String("delete"))
            return l.drafts().moveToTrash(id.value());
        return l.drafts().restore(id.value());
    }
    if (sub == QLatin1String("list"))
        return list(s, DocumentType::Invoice);
    if (sub == QLatin1String("send"))
        return CliMailCommands::invoiceSend(s);
    if (sub == QLatin1String("pdf"))
        return CliPdfCommands::invoicePdf(s);
    if (sub == QLatin1String("einvoice"))
        return CliEInvoiceCommands::einvoice(s, DocumentType::Invoice);
    if (sub == QLatin1String("einvoice-check"))
        return CliEInvoiceCommands::check(s);
    if (sub == QLatin1String("show")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("invoice show")));
        auto id = documentArgument(s, tr("invoice number or id"));
        if (!id)
            return id.error();
        return show(s, id.value());
    }
    return Error::invalid(tr("Unknown command 'invoice %1' (new, from-order, add-line, remove-line, check, approve, "
                             "post, delete, restore, list, show, pdf, einvoice, einvoice-check, send).").arg(sub));
}

Status CliDocumentCommands::creditNote(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("create")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("reason"), QStringLiteral("line")}, QStringLiteral("credit-note create")));
        auto invoice = documentArgument(s, tr("invoice number"));
        if (!invoice)
            return invoice.error();
        QHash<qint64, qint64> quantities;
        for (const QString &spec : s.args.options(QStringLiteral("line"))) {
            const QStringList parts = spec.split(QLatin1Char('='));
            bool ok = false;
            const qint64 lineId = parts.value(0).toLongLong(&ok);
            if (parts.size() != 2 || !ok)
                return Error::invalid(tr("--line takes LINE_ID=QUANTITY, e.g. --line 12=1.5"));
            auto quantity = Quantity::parse(parts.at(1));
            if (!quantity)
                return quantity.error().prefixed(QStringLiteral("--line"));
            quantities.insert(lineId, quantity->scaled());
        }
        auto id = s.ledger->creditNotes().createDraft(invoice.value(), s.args.option(QStringLiteral("reason")), quantities);
        if (!id)
            return id.error();
        s.line(QString::number(id.value()));
        return {};
    }
    if (sub == QLatin1String("post")) {
        FACTURO_TRY(s.args.allowOnly({}, QStringLiteral("credit-note post")));
        auto id = documentArgument(s, tr("credit note draft id"));
        if (!id)
            return id.error();
        auto doc = s.ledger->context().documents.find(id.value(), false);
        if (!doc)
            return doc.error();
        if (doc->type != DocumentType::CreditNote)
            return Error::invalid(tr("%1 is not a credit note.").arg(doc->displayName()));
        auto number = s.ledger->posting().post(id.value());
        if (!number)
            return number.error();
        s.line(number.value());
        return {};
    }
    if (sub == QLatin1String("list"))
        return list(s, DocumentType::CreditNote);
    if (sub == QLatin1String("einvoice"))
        return CliEInvoiceCommands::einvoice(s, DocumentType::CreditNote);
    if (sub == QLatin1String("send"))
        return CliMailCommands::invoiceSend(s);
    if (sub == QLatin1String("show")) {
        auto id = documentArgument(s, tr("credit note number or id"));
        if (!id)
            return id.error();
        return show(s, id.value());
    }
    return Error::invalid(tr("Unknown command 'credit-note %1' (create, post, list, show, einvoice, send).").arg(sub));
}

Status CliDocumentCommands::payment(CliSession &s)
{
    const QString sub = s.args.words.value(1);
    s.args.verbWords = 2;
    if (sub == QLatin1String("add") || sub == QLatin1String("refund")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("amount"), QStringLiteral("date"), QStringLiteral("method"),
                                      QStringLiteral("reference")},
                                     QStringLiteral("payment ") + sub));
        auto id = documentArgument(s, tr("invoice number"));
        if (!id)
            return id.error();
        if (!s.args.has(QStringLiteral("amount")))
            return Error::invalid(tr("--amount is required."));
        PaymentRequest r;
        r.documentId = id.value();
        auto amount = s.amount(s.args.option(QStringLiteral("amount")));
        if (!amount)
            return amount.error().prefixed(QStringLiteral("--amount"));
        r.amount = amount.value();
        if (s.args.has(QStringLiteral("date"))) {
            auto d = s.date(s.args.option(QStringLiteral("date")), QStringLiteral("--date"));
            if (!d)
                return d.error();
            r.date = d.value();
        }
        if (!PaymentMethods::fromKey(s.args.option(QStringLiteral("method"), QStringLiteral("bank_transfer")), &r.method))
            return Error::invalid(tr("--method is bank_transfer, card, cash, cheque or other."));
        r.reference = s.args.option(QStringLiteral("reference"));
        auto paid = sub == QLatin1String("add") ? s.ledger->payments().registerPayment(r) : s.ledger->payments().refund(r);
        if (!paid)
            return paid.error();
        s.line(QString::number(paid.value()));
        return {};
    }
    if (sub == QLatin1String("reverse")) {
        FACTURO_TRY(s.args.allowOnly({QStringLiteral("reason")}, QStringLiteral("payment reverse")));
        auto id = s.args.positional(0, tr("payment id"));
        if (!id)
            return id.error();
        auto reversal = s.ledger->payments().reverse(id->toLongLong(), s.args.option(QStringLiteral("reason")));
        if (!reversal)
            return reversal.error();
        s.line(QString::number(reversal.value()));
        return {};
    }
    return Error::invalid(tr("Unknown command 'payment %1' (add, reverse, refund).").arg(sub));
}
