#include "MailTemplates.h"

#include "Money.h"
#include "PaymentLink.h"
#include "PaymentReference.h"
#include "Transaction.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
// The built-in texts are in the language of the recipient, not of the user interface: they
// are content, like the labels printed on a document, so they are not translated with tr().
struct BuiltIn
{
    const char16_t *subject;
    const char16_t *body;
};

BuiltIn builtInText(MailKind kind, const QString &language)
{
    const bool fr = language == QLatin1String("fr");
    const bool de = language == QLatin1String("de");
    switch (kind) {
    case MailKind::CreditNote:
        if (fr)
            return {u"Avoir {number} de {company}",
                u"Bonjour,\n\nVeuillez trouver ci-joint notre avoir {number} pour {customer}.\n\n"
                u"Cordialement,\n{company}\n"};
        if (de)
            return {u"Gutschrift {number} von {company}",
                u"Guten Tag,\n\nanbei erhalten Sie unsere Gutschrift {number} f\u00fcr {customer}.\n\n"
                u"Mit freundlichen Gr\u00fc\u00dfen\n{company}\n"};
        return {u"Credit note {number} from {company}",
            u"Hello,\n\nPlease find attached our credit note {number} for {customer}.\n\n"
            u"Kind regards,\n{company}\n"};
    case MailKind::Reminder:
        if (fr)
            return {u"Relance\u00a0: facture {number} impay\u00e9e",
                u"Bonjour,\n\nSauf erreur de notre part, la facture {number}, \u00e9chue le {due_date}, n'a pas "
                u"encore \u00e9t\u00e9 r\u00e9gl\u00e9e. Le montant d\u00fb est de {amount_due}.\n"
                u"Si vous avez d\u00e9j\u00e0 effectu\u00e9 le paiement, merci de ne pas tenir compte de ce "
                u"message. Dans le cas contraire, nous vous remercions de bien vouloir proc\u00e9der au "
                u"r\u00e8glement dans les meilleurs d\u00e9lais.\n\nCordialement,\n{company}\n"};
        if (de)
            return {u"Zahlungserinnerung: Rechnung {number}",
                u"Guten Tag,\n\nbei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung "
                u"{number}, f\u00e4llig am {due_date}, noch nicht beglichen wurde. Der offene Betrag "
                u"betr\u00e4gt {amount_due}.\nSollten Sie die Zahlung bereits veranlasst haben, betrachten Sie "
                u"diese Nachricht bitte als gegenstandslos. Andernfalls bitten wir Sie, den Betrag zeitnah zu "
                u"\u00fcberweisen.\n\nMit freundlichen Gr\u00fc\u00dfen\n{company}\n"};
        return {u"Reminder: invoice {number} is overdue",
            u"Hello,\n\nOur records show that invoice {number}, due on {due_date}, has not been paid yet. "
            u"The amount due is {amount_due}.\nIf you have already paid, please disregard this message. "
            u"Otherwise we would be grateful for your payment at your earliest convenience.\n\n"
            u"Kind regards,\n{company}\n"};
    case MailKind::Invoice:
    case MailKind::Other:
        break;
    }
    if (fr)
        return {u"Facture {number} de {company}",
            u"Bonjour,\n\nVeuillez trouver ci-joint notre facture {number} pour {customer}.\n"
            u"Montant d\u00fb\u00a0: {amount_due}, \u00e0 r\u00e9gler au plus tard le {due_date}.\n"
            u"R\u00e9f\u00e9rence de paiement\u00a0: {payment_reference}\n"
            u"Payer en ligne\u00a0: {payment_link}\n\n"
            u"Cordialement,\n{company}\n"};
    if (de)
        return {u"Rechnung {number} von {company}",
            u"Guten Tag,\n\nanbei erhalten Sie unsere Rechnung {number} f\u00fcr {customer}.\n"
            u"Offener Betrag: {amount_due}, zahlbar bis {due_date}.\n"
            u"Zahlungsreferenz: {payment_reference}\n"
            u"Online bezahlen: {payment_link}\n\n"
            u"Mit freundlichen Gr\u00fc\u00dfen\n{company}\n"};
    return {u"Invoice {number} from {company}",
        u"Hello,\n\nPlease find attached our invoice {number} for {customer}.\n"
        u"Amount due: {amount_due}, payable by {due_date}.\n"
        u"Payment reference: {payment_reference}\n"
        u"Pay online: {payment_link}\n\nKind regards,\n{company}\n"};
}

QString dateText(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The short numeric date of the printed documents: two-digit day and month, four-digit year.
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (!format.contains(QLatin1String("dd")))
        format.replace(QLatin1String("d"), QLatin1String("dd"));
    if (!format.contains(QLatin1String("MM")))
        format.replace(QLatin1String("M"), QLatin1String("MM"));
    return locale.toString(date, format);
}
} // namespace

QStringList MailTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
}

QStringList MailTemplates::placeholderNames()
{
    return {QStringLiteral("number"), QStringLiteral("customer"), QStringLiteral("amount_due"),
        QStringLiteral("due_date"), QStringLiteral("company"), QStringLiteral("payment_reference"),
        QStringLiteral("payment_link")};
}

QString MailTemplates::supportedLanguage(const QString &language)
{
    const QString lang = language.left(2).toLower();
    return languages().contains(lang) ? lang : QStringLiteral("en");
}

QString MailTemplates::localeName(const QString &language)
{
    const QString lang = supportedLanguage(language);
    if (lang == QLatin1String("fr"))
        return QStringLiteral("fr_FR");
    if (lang == QLatin1String("de"))
        return QStringLiteral("de_DE");
    return QStringLiteral("en_GB");
}

MailTemplate MailTemplates::builtIn(MailKind kind, const QString &language)
{
    const BuiltIn text = builtInText(kind, supportedLanguage(language));
    return {QString::fromUtf16(text.subject), QString::fromUtf16(text.body)};
}

QString MailTemplates::settingKey(MailKind kind, const QString &language, const char *part)
{
    const MailKind stored = kind == MailKind::Other ? MailKind::Invoice : kind;
    return QStringLiteral("mail.template.%1.%2.%3")
        .arg(MailKinds::key(stored), supportedLanguage(language), QLatin1String(part));
}

Result<MailTemplate> MailTemplates::load(MailKind kind, const QString &language) const
{
    const MailTemplate fallback = builtIn(kind, language);
    auto subject = m_ctx.company.setting(settingKey(kind, language, "subject"));
    if (!subject)
        return subject.error();
    auto body = m_ctx.company.setting(settingKey(kind, language, "body"));
    if (!body)
        return body.error();
    return MailTemplate {
        subject->isEmpty() ? fallback.subject : subject.value(), body->isEmpty() ? fallback.body : body.value()};
}

Status MailTemplates::validate(const MailTemplate &t)
{
    if (t.subject.trimmed().isEmpty())
        return Error::invalid(tr("The subject of the template is empty."));
    if (t.subject.contains(QLatin1Char('\n')) || t.subject.contains(QLatin1Char('\r')))
        return Error::invalid(tr("The subject of the template contains a line break."));
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    const QStringList known = placeholderNames();
    for (const QString *text : {&t.subject, &t.body}) {
        auto matches = placeholder.globalMatch(*text);
        while (matches.hasNext()) {
            const QString name = matches.next().captured(1);
            if (!known.contains(name))
                return Error::invalid(
                    tr("The template uses an unknown placeholder {%1} (known: %2).")
                        .arg(name, QStringLiteral("{") + known.join(QStringLiteral("}, {")) + QStringLiteral("}")));
        }
    }
    return {};
}

Status MailTemplates::save(MailKind kind, const QString &language, const MailTemplate &t)
{
    return m_ctx.db.retrying([&]() -> Status {
        if (!m_ctx.user.isManager())
            return Error::permission(tr("Only a manager can change the mail templates."));
        if (!languages().contains(language))
            return Error::invalid(tr("There are mail templates for en, fr and de, not for \"%1\".").arg(language));
        const bool reset = t.subject.trimmed().isEmpty() && t.body.trimmed().isEmpty();
        if (!reset)
            FACTURO_TRY(validate(t));
        Transaction tx(m_ctx.db);
        FACTURO_TRY(tx.began());
        FACTURO_TRY(
            m_ctx.company.setSetting(settingKey(kind, language, "subject"), reset ? QString() : t.subject.trimmed()));
        FACTURO_TRY(m_ctx.company.setSetting(settingKey(kind, language, "body"), reset ? QString() : t.body));
        FACTURO_TRY(m_audit.record(QStringLiteral("settings"), 1, QStringLiteral("edit"),
            {{QStringLiteral("mail_template"), MailKinds::key(kind) + QLatin1Char('.') + language},
                {QStringLiteral("subject"), reset ? QStringLiteral("(built-in)") : t.subject}}));
        return tx.commit();
    });
}

MailTemplate MailTemplates::fill(const MailTemplate &t, const MailPlaceholders &v)
{
    const QList<std::pair<QString, QString>> values {
        {QStringLiteral("{number}"), v.number},
        {QStringLiteral("{customer}"), v.customer},
        {QStringLiteral("{amount_due}"), v.amountDue},
        {QStringLiteral("{due_date}"), v.dueDate},
        {QStringLiteral("{company}"), v.company},
        {QStringLiteral("{payment_reference}"), v.paymentReference},
        {QStringLiteral("{payment_link}"), v.paymentLink},
    };
    // One pass over the text, so that a value holding "{number}" is never replaced again.
    auto apply = [&values](const QString &text) {
        QString out;
        out.reserve(text.size() + 64);
        qsizetype i = 0;
        while (i < text.size()) {
            bool replaced = false;
            if (text.at(i) == QLatin1Char('{')) {
                for (const auto &[name, value] : values) {
                    if (QStringView(text).mid(i).startsWith(name)) {
                        out += value;
                        i += name.size();
                        replaced = true;
                        break;
                    }
                }
            }
            if (!replaced)
                out += text.at(i++);
        }
        return out;
    };
    // A line of the body that names a payment reference or link the document does not have is left
    // out whole ("Pay online: " with nothing after it would say nothing).
    QStringList kept;
    for (const QString &line : t.body.split(QLatin1Char('\n'))) {
        if ((v.paymentReference.isEmpty() && line.contains(QLatin1String("{payment_reference}")))
            || (v.paymentLink.isEmpty() && line.contains(QLatin1String("{payment_link}"))))
            continue;
        kept.append(line);
    }
    return {apply(t.subject), apply(kept.join(QLatin1Char('\n')))};
}

MailPlaceholders MailTemplates::placeholdersFor(const Document &d, const CompanySettings &company)
{
    QLocale locale(localeName(d.language));
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    MailPlaceholders v;
    v.number = d.number.isEmpty() ? d.displayName() : d.number;
    v.customer = d.customerName;
    v.amountDue = Money::display(d.amountDue(), d.currency.isEmpty() ? company.currency : d.currency, locale);
    v.dueDate = dateText(d.dueDate, locale);
    v.company = company.name;
    if (const auto reference = PaymentReference::parse(d.paymentReference))
        v.paymentReference = reference->printed();
    if (d.type == DocumentType::Invoice && d.amountDue() > 0)
        v.paymentLink = PaymentLink::frozenIn(d.snapshot);
    return v;
}
